using System.Globalization;
using System.Text;
using CsCheck;
using Lodestone.Data.Baci;
using Lodestone.Data.Loading;
using Lodestone.Data.Storage;
using Lodestone.Data.Usgs;
using Lodestone.Domain.Errors;
using Lodestone.Testing;
using Lodestone.Testing.Fuzzing;

namespace Lodestone.Data.Tests.Properties;

/// <summary>
/// Properties of the data parsers on mutated real files (the shipped fact files, the MCS 2025 release, the shipped raw BACI
/// rows): each reads, or reports its problems as file:line issues (<see cref="DataValidationException"/>), never another
/// exception, within a second; and BACI rows generated at random import and read back exactly.
/// </summary>
public sealed class ParserPropertyTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Theory]
    [InlineData("agreements.csv")]
    [InlineData("export_controls.csv")]
    [InlineData("processing_shares.csv")]
    [InlineData("projects.csv")]
    [InlineData("usgs_mcs_us_trade.csv")]
    [InlineData("ownership.csv")]
    public void LoadFactFiles_MutatedShippedFile_ReadsOrListsIssues(string name)
    {
        var reference = DatasetLoader.LoadReference(DefaultData.Directory);
        var shipped = File.ReadAllText(Path.Combine(DefaultData.Directory, name));
        var folder = _temp.Path;

        var outcomes = Mutations.Check<DataValidationException>([shipped], text =>
        {
            // CsCheck runs samples on several threads: each gets its own folder.
            var path = Path.Combine(folder, Guid.NewGuid().ToString("N"), name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            var issues = new IssueLog();
            DatasetLoader.LoadFactFiles([path], reference, issues);
            issues.ThrowIfAny();
        }, iter: 150);

        Assert.True(outcomes.Read > 0 && outcomes.Refused > 0, outcomes.ToString());
    }

    [Fact]
    public void UsgsImport_MutatedWorldAndSalientFiles_ReadOrListIssues()
    {
        var issues = new IssueLog();
        var reference = ReferenceLoader.Load(DefaultData.Directory, issues);
        var mappings = UsgsMappings.Load(Path.Combine(DefaultData.Directory, ReferenceLoader.Folder), reference, issues);
        issues.ThrowIfAny();
        var release = mappings.FindRelease("MCS2025")!;
        var usgs = Path.Combine(DefaultData.Directory, "usgs");
        // The first 120 lines of the world file keep a case fast; the salient file is whole. Both travel as one text.
        var world = string.Join('\n', File.ReadLines(Path.Combine(usgs, "MCS2025_World_Data.csv")).Take(120)) + "\n";
        var salient = File.ReadAllText(Path.Combine(usgs, "salient", "mcs2025-alumi_salient.csv"));
        const char Split = '\u0001';

        var outcomes = Mutations.Check<DataValidationException>([world + Split + salient], text =>
        {
            var parts = text.Split(Split, 2);
            var log = new IssueLog();
            UsgsImporter.Import(release, [("MCS2025_World_Data.csv", () => new StringReader(parts[0])),
                ("mcs2025-alumi_salient.csv", () => new StringReader(parts.Length > 1 ? parts[1] : ""))], reference, mappings, log);
            log.ThrowIfAny();
        }, iter: 150);

        Assert.True(outcomes.Read > 0 && outcomes.Refused > 0, outcomes.ToString());
    }

    [Fact]
    public async Task BaciImport_MutatedRawRows_ImportsOrNamesTheProblemAndWritesNothing()
    {
        var raw = string.Join('\n', File.ReadLines(Path.Combine(DefaultData.Directory, "trade", "baci_raw_hs92_v202301_2021_exporters_ZAF_AFG.csv")).Take(40)) + "\n";
        var store = new SqliteKnowledgeStore(Path.Combine(_temp.Path, "baci.db"), DefaultData.Directory);
        await store.MigrateAsync();
        var folder = Path.Combine(_temp.Path, "baci");

        var outcomes = Mutations.Check<DataValidationException>([raw], text =>
        {
            var path = Path.Combine(folder, Guid.NewGuid().ToString("N"), "BACI_HS92_Y2021_V202301.csv");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            BaciImporter.ImportAsync(store, path, null, dryRun: true, allCodes: false,
                CancellationToken.None).GetAwaiter().GetResult();
        }, iter: 100, maxEdits: 4);

        Assert.True(outcomes.Read > 0 && outcomes.Refused > 0, outcomes.ToString());
        Assert.Equal(0, await store.CountTradeFlowsAsync());
    }

    /// <summary>Rows of BACI's raw form with values of up to three decimals (thousands of USD) and padded, blank or NA tonnes.</summary>
    private static readonly Gen<(int Exporter, int Importer, int Code, decimal Value, string Tonnes)[]> RawRows =
        Gen.Select(Gen.OneOf(4, 156, 251, 392, 490, 710, 842), Gen.OneOf(36, 124, 276, 410, 699, 757),
                Gen.OneOf(81292, 261000, 280530, 850511, 811100), Gen.Int[1, 99_999_999],
                Gen.OneOf(Gen.Const(""), Gen.Const("NA"), Gen.Int[0, 9_999_999].Select(t => (t / 1000m).ToString("0.000", CultureInfo.InvariantCulture).PadLeft(15))))
            .Select((e, i, k, v, q) => (e, i, k, v / 1000m, q)).Array[1, 40]
            .Select(rows => rows.DistinctBy(r => (r.Item1, r.Item2, r.Item3)).ToArray());

    [Fact]
    public async Task BaciImport_GeneratedRawRows_ReadBackExactly()
    {
        var folder = _temp.Path;
        await RawRows.SampleAsync(async rows =>
        {
            var run = Guid.NewGuid().ToString("N");
            var store = new SqliteKnowledgeStore(Path.Combine(folder, run + ".db"), DefaultData.Directory);
            await store.MigrateAsync();
            var file = new StringBuilder("\"t\",\"i\",\"j\",\"k\",\"v\",\"q\"\n");
            foreach (var r in rows)
            {
                file.Append(CultureInfo.InvariantCulture, $"2021,{r.Exporter},{r.Importer},{r.Code},{r.Value},{(r.Tonnes.Length > 3 ? "\"" + r.Tonnes + "\"" : r.Tonnes)}\n");
            }
            var path = Path.Combine(folder, run, "BACI_HS92_Y2021_V202301.csv");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, file.ToString());

            var report = await BaciImporter.ImportAsync(store, path, null, dryRun: false, allCodes: true,
                CancellationToken.None);
            var flows = await store.ReadTradeFlowsAsync().ToListAsync();

            Assert.Equal(rows.Length, report.Written);
            Assert.Equal(rows.Select(r => ((double)(r.Value * 1000m), r.Code.ToString("000000", CultureInfo.InvariantCulture),
                    r.Tonnes.Trim() is "" or "NA" ? (double?)null : double.Parse(r.Tonnes, CultureInfo.InvariantCulture))),
                flows.Select(f => (f.ValueUsd, f.Hs6, f.Tonnes)));
        }, iter: 40);
    }

    public void Dispose() => _temp.Dispose();
}
