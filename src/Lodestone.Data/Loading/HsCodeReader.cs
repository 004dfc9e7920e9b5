using System.Globalization;
using Lodestone.Domain.Model;
using Lodestone.Domain.Trade;

namespace Lodestone.Data.Loading;

/// <summary>Reads <c>data/reference/hs_codes.csv</c>: which commodity and stage each HS6 code carries, its content and bundle members.</summary>
internal static class HsCodeReader
{
    public const string File = "hs_codes.csv";

    public static readonly string[] Columns =
        ["hs6", "nomenclature", "description", "commodity", "stage", "content_min", "content_max", "bundle_members", "source_ids", "note"];

    /// <summary>Reads the mapping when the file exists (an older data directory has none: no code is mapped).</summary>
    public static List<HsCode> Load(string referenceFolder, CommodityCatalog commodities, IReadOnlySet<string> sourceIds, IssueLog issues)
    {
        var path = Path.Combine(referenceFolder, File);
        if (!System.IO.File.Exists(path))
        {
            return [];
        }
        var result = new List<HsCode>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in CsvFile.Read(path, ReferenceLoader.Folder + "/" + File, issues, Columns))
        {
            var hs6 = row.Required("hs6");
            if (hs6.Length > 0 && (hs6.Length != 6 || !hs6.All(char.IsAsciiDigit)))
            {
                row.Error("hs6", $"expected six digits such as 811292, got '{hs6}'");
            }
            else if (seen.TryGetValue(hs6, out var first))
            {
                row.Error("hs6", $"duplicate code {hs6}; first on line {first}");
            }
            seen.TryAdd(hs6, row.Line);
            var commodity = row.Commodity("commodity", commodities);
            var stageText = row.Required("stage");
            var stage = Stages.All.FirstOrDefault(s => s.Name() == stageText);
            if (stageText.Length > 0 && stage.Name() != stageText)
            {
                row.Error("stage", $"expected mining, refining, components or recycling, got '{stageText}'");
            }
            var min = Fraction(row, "content_min");
            var max = Fraction(row, "content_max");
            if (min is { } lo && max is { } hi && lo > hi)
            {
                row.Error("content_max", $"expected content_max >= content_min ({lo.ToString(CultureInfo.InvariantCulture)})");
            }
            var members = Split(row.Optional("bundle_members"));
            if (members.Count > 0 && commodity is not null && !members.Contains(commodity))
            {
                row.Error("bundle_members", $"a bundle lists its own commodity '{commodity}' among its members");
            }
            var cited = Split(row.Required("source_ids"));
            foreach (var id in cited.Where(id => !sourceIds.Contains(id)))
            {
                row.Error("source_ids", $"unknown source id '{id}' (expected an id from reference/sources.csv)");
            }
            if (commodity is not null && hs6.Length == 6)
            {
                result.Add(new HsCode(hs6, row.Required("nomenclature"), row.Required("description"), commodity, stage, min, max, members, cited,
                    row.Optional("note")));
            }
        }
        return result;
    }

    private static double? Fraction(CsvRow row, string column)
    {
        var value = row.OptionalNumber(column);
        if (value is > 1)
        {
            row.Error(column, $"expected a mass fraction between 0 and 1, got {value.Value.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }
        return value;
    }

    private static List<string> Split(string? text) =>
        text is null ? [] : text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
}
