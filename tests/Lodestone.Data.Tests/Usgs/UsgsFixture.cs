using Lodestone.Data.Loading;
using Lodestone.Data.Usgs;

namespace Lodestone.Data.Tests.Usgs;

/// <summary>Imports small inline release files with the shipped mapping tables.</summary>
internal static class UsgsFixture
{
    public const string WorldName = "MCS2025_World_Data.csv";

    /// <summary>The world file header exactly as published (note the spaces in "PROD_EST_ 2024" and "CAP_EST_ 2024").</summary>
    public const string Header = "SOURCE,COMMODITY,COUNTRY,TYPE,UNIT_MEAS,PROD_2023,PROD_EST_ 2024,PROD_NOTES,CAP_2023,CAP_EST_ 2024,CAP_NOTES,RESERVES_2024,RESERVE_NOTES";

    /// <summary>A world file of <paramref name="rows"/> with CRLF line ends, as published.</summary>
    public static string World(params string[] rows) => string.Join("\r\n", [Header, .. rows]) + "\r\n";

    public static UsgsImportResult Import(string world, params (string Name, string Text)[] salient)
    {
        var files = new List<(string, Func<TextReader>)> { (WorldName, () => new StringReader(world)) };
        files.AddRange(salient.Select(s => (s.Name, (Func<TextReader>)(() => new StringReader(s.Text)))));
        return UsgsImporter.Import(UsgsRelease2025.Release, files, UsgsRelease2025.Reference, UsgsRelease2025.Mappings, new IssueLog());
    }

    /// <summary>Imports salient files only, after an empty world file.</summary>
    public static UsgsImportResult Salient(string name, string text) => Import(World(), (name, text));
}
