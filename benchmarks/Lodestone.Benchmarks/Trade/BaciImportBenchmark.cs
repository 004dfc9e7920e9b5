using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using Lodestone.Data;
using Lodestone.Data.Baci;
using Lodestone.Data.Loading;

namespace Lodestone.Benchmarks.Trade;

/// <summary>The peer pair for <c>data import-baci</c> in benchmarks/compare.sh: the store's streaming import against DuckDB's <c>read_csv</c>.</summary>
/// <remarks>
/// Both sides start from the same synthetic release file and write a table on disk in one transaction; each prints its timed
/// section (the load only) as "load: WALL s, cpu CPU s, ROWS rows". The store is made by <c>baci-prepare</c> in a
/// process of its own, untimed, so the import's process does what <c>data import-baci</c> does to an existing store.
/// DuckDB is asked for what the importer does to each row that a plain load would not: the HS code padded back to six digits,
/// padded or "NA" quantities read as numbers or missing.
/// </remarks>
internal static class BaciImportBenchmark
{
    public const string FileName = "BACI_HS17_Y2024_V202601.csv";

    /// <summary>baci-generate DIR ROWS [SEED]: writes DIR/BACI_HS17_Y2024_V202601.csv.</summary>
    public static void Generate(string directory, long rows, int seed)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        var written = SyntheticBaciRelease.Write(path, rows, seed, KnownCountryCodes(), MappedCodes());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{written:N0} flows, {new FileInfo(path).Length / 1e6:0} MB: {path}"));
    }

    /// <summary>baci-prepare DB: the store <c>baci-import</c> loads into, made untimed before each round: migrated,
    /// seeded, then its shipped flows deleted.</summary>
    /// <remarks>The shipped flows are an extract of the same release and year, which the import would otherwise replace
    /// inside the timed section, so the figure stays a load into an empty table. Until 2026-12-05 this ran inside the
    /// import's process, so its process time counted a new store's migration and seeding (~2 s on PostgreSQL), which
    /// <c>data import-baci</c> into an existing store never does; the time is still printed, as the one-off cost of a
    /// new store.</remarks>
    public static async Task PrepareAsync(string db)
    {
        var clock = Stopwatch.StartNew();
        var store = await KnowledgeBaseOpener.OpenStoreAsync(db, seedIfEmpty: true, CancellationToken.None);
        var seeded = clock.Elapsed.TotalSeconds;
        await store.UpdateAsync(facts => facts with { TradeFlows = [] });
        var total = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"prepared: {total:0.000} s (migrated and seeded in {seeded:0.000} s; shipped flows deleted)"));
    }

    /// <summary>baci-import FILE DB [--all-codes]: the store's import (SQLite file or postgres:// URL) as <c>lodestone
    /// data import-baci</c> runs it on an existing store (<c>baci-prepare</c>): the store opened (migration and seed
    /// check), then by default the flows of the mapped codes kept, every row read and checked.</summary>
    public static async Task ImportAsync(string file, string db, bool allCodes)
    {
        var clock = Stopwatch.StartNew();
        var store = await KnowledgeBaseOpener.OpenStoreAsync(db, seedIfEmpty: true, CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"open: {clock.Elapsed.TotalSeconds:0.000} s"));
        var (report, wall, cpu) = await ProcessTimer.TimedAsync(() =>
            BaciImporter.ImportAsync(store, file, null, dryRun: false, allCodes, CancellationToken.None));
        Print(wall, cpu, report.Written);
    }

    /// <summary>baci-parse FILE: the import's reading and checking of every row, the mapped codes' flows made and
    /// dropped (no store).</summary>
    /// <remarks>The lower bound of the import's wall time once reading and writing overlap on two cores.</remarks>
    public static void Parse(string file)
    {
        var reference = DatasetLoader.LoadReference(DataPaths.DefaultDataDirectory);
        var issues = new IssueLog();
        var countries = BaciCountryCodes.FromReference(DataPaths.DefaultDataDirectory, reference.Countries, issues);
        var release = BaciRelease.FromFileName(Path.GetFileName(file)) ?? throw new ArgumentException("not a BACI file name", nameof(file));
        var keep = MappedCodes();
        var tally = new BaciTally();
        var context = new BaciReadContext(release, release.Source(), countries, reference, keep, null, tally, issues,
            BaciImporter.MaxIssues);
        var (_, wall, cpu) = ProcessTimer.TimedAsync(() =>
        {
            foreach (var _ in BaciFileReader.Read(() => new StreamReader(file, System.Text.Encoding.UTF8, true,
                1 << 16), Path.GetFileName(file), context))
            {
            }
            issues.ThrowIfAny();
            return Task.FromResult(0);
        }).GetAwaiter().GetResult();
        Print(wall, cpu, tally.Rows);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"kept {tally.Flows} flows of {keep.Count} mapped codes, skipped {tally.Skipped} rows"));
    }

    /// <summary>baci-duckdb FILE DBFILE [--mapped]: the same file into a DuckDB table on disk; with --mapped only the
    /// rows of the codes <c>hs_codes.csv</c> maps in HS17 (the default import's load: DuckDB still reads every
    /// row).</summary>
    public static async Task DuckDbAsync(string file, string dbFile, bool mapped)
    {
        var codes = string.Join(", ", MappedCodes().Order(StringComparer.Ordinal).Select(c => $"'{c}'"));
        var filter = mapped ? $"WHERE lpad(k, 6, '0') IN ({codes})" : "";
        await using var connection = new DuckDBConnection($"Data Source={dbFile}");
        await connection.OpenAsync();
        var (rows, wall, cpu) = await ProcessTimer.TimedAsync(async () =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"""
                CREATE TABLE trade_flows AS
                SELECT t AS year, i AS exporter, j AS importer, lpad(k, 6, '0') AS hs6, v AS value_kusd,
                       TRY_CAST(nullif(trim(q), 'NA') AS DOUBLE) AS tonnes
                FROM read_csv('{file.Replace("'", "''", StringComparison.Ordinal)}', header = true,
                              columns = {"{"}'t': 'SMALLINT', 'i': 'INTEGER', 'j': 'INTEGER', 'k': 'VARCHAR', 'v': 'DOUBLE', 'q': 'VARCHAR'{"}"})
                {filter}
                """;
            await command.ExecuteNonQueryAsync();
            await using var count = connection.CreateCommand();
            count.CommandText = "SELECT count(*) FROM trade_flows";
            return Convert.ToInt64(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        });
        Print(wall, cpu, rows);
    }

    /// <summary>baci-exposure DB IMPORTER ROUNDS: <c>lodestone exposure --importer IMPORTER</c> (every commodity) on a store holding
    /// the imported synthetic year, timed as the command runs it: the snapshot loaded from the store, then the answer computed.</summary>
    public static async Task ExposureAsync(string db, string importer, int rounds)
    {
        var store = await KnowledgeBaseOpener.OpenStoreAsync(db, seedIfEmpty: false, CancellationToken.None);
        var today = new DateOnly(2026, 12, 4);
        for (var round = 0; round < rounds; round++)
        {
            var process = Process.GetCurrentProcess();
            var cpuStart = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var dataset = await store.LoadAsync(CancellationToken.None);
            var loaded = clock.Elapsed.TotalSeconds;
            var answer = Lodestone.Queries.Exposure.ExposureQuestion.Answer(dataset,
                Lodestone.Queries.Exposure.ExposureQuestion.Request(dataset, importer, null, null, null, null, null, today));
            var wall = clock.Elapsed.TotalSeconds;
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuStart).TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"exposure: {wall:0.000} s, cpu {cpu:0.000} s (snapshot {loaded:0.000} s, answer {wall - loaded:0.000} s), {dataset.TradeFlows.Count} flows in the snapshot, {answer.Commodities.Count} commodities"));
        }
    }

    /// <summary>The HS17 codes <c>reference/hs_codes.csv</c> maps: the codes the default import keeps.</summary>
    private static HashSet<string> MappedCodes() =>
        DatasetLoader.LoadReference(DataPaths.DefaultDataDirectory).HsCodes!.Where(c => c.Nomenclature == "HS17")
            .Select(c => c.Hs6)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>One numeric code per country the importer accepts: BACI's own code where it has one (842 USA, 490 Taiwan), ISO otherwise.</summary>
    private static List<int> KnownCountryCodes()
    {
        var folder = Path.Combine(DataPaths.DefaultDataDirectory, ReferenceLoader.Folder);
        var issues = new IssueLog();
        var byIso3 = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in CsvFile.Read(Path.Combine(folder, "countries.csv"), "countries.csv", issues, ["iso3", "numeric"]))
        {
            if (int.TryParse(row.Optional("numeric"), NumberStyles.None, CultureInfo.InvariantCulture, out var code))
            {
                byIso3[row.Required("iso3")] = code;
            }
        }
        foreach (var row in CsvFile.Read(Path.Combine(folder, BaciCountryCodes.ExceptionsFile), BaciCountryCodes.ExceptionsFile, issues, ["code", "iso3"]))
        {
            byIso3[row.Required("iso3")] = int.Parse(row.Required("code"), CultureInfo.InvariantCulture);
        }
        issues.ThrowIfAny();
        return byIso3.Values.Order().Take(225).ToList();
    }

    private static void Print(double wall, double cpu, long rows) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load: {wall:0.000} s, cpu {cpu:0.000} s, {rows} rows, {rows / wall:0} rows/s"));
}
