using Lodestone.Data.Loading;
using Lodestone.Data.Storage;
using Lodestone.Domain.Errors;
using Lodestone.Domain.Facts;

namespace Lodestone.Data.Exchange;

/// <summary>Validates fact files against the reference catalogues and writes them to a store, all or nothing.</summary>
/// <remarks>
/// Every fact file is streamed, so memory stays flat in the files' size: read once to check every row and collect the
/// sources the rows cite, then read again while the facts are written, in one transaction. A key repeated in a file or
/// already stored is found by the store's unique index and located (file and line) by one more streaming read. Held
/// while reading: the sources, the U.S. net-import-reliance figures (one per commodity, series and year, which the rows
/// of <c>usgs_mcs_us_trade.csv</c> repeat) and one running sum per group of shares; never the rows.
/// </remarks>
public static class FactImporter
{
    /// <summary>Reading stops after this many problems (a wrong file would otherwise list millions).</summary>
    public const int MaxIssues = 50;

    /// <summary>Reads and validates a fact file or a folder of them; writes nothing.</summary>
    /// <exception cref="DataValidationException">Every problem found, each as file:line:field.</exception>
    public static FactSet Validate(string path, ReferenceData reference)
    {
        var files = FilesIn(path);
        var issues = new IssueLog();
        var facts = DatasetLoader.LoadFactFiles(files, reference, issues);
        issues.ThrowIfAny();
        return facts;
    }

    /// <summary>Everything <see cref="ImportAsync"/> checks (files, and keys against the store), writing nothing.</summary>
    /// <returns>Rows an import would write per table.</returns>
    public static Task<IReadOnlyDictionary<string, int>> CheckAsync(IKnowledgeStore store, ReferenceData reference, string path,
        bool replace, CancellationToken cancellationToken) =>
        RunAsync(store, reference, path, replace, dryRun: true, cancellationToken);

    /// <summary>Validates <paramref name="path"/> and adds its facts to <paramref name="store"/> in one transaction.</summary>
    /// <param name="replace">Replace the store's whole content instead of adding to it.</param>
    /// <returns>Rows written per table.</returns>
    /// <exception cref="DataValidationException">Invalid files, or facts already in the store (with their file line); nothing is written.</exception>
    public static Task<IReadOnlyDictionary<string, int>> ImportAsync(IKnowledgeStore store, ReferenceData reference, string path,
        bool replace, CancellationToken cancellationToken) =>
        RunAsync(store, reference, path, replace, dryRun: false, cancellationToken);

    private static async Task<IReadOnlyDictionary<string, int>> RunAsync(IKnowledgeStore store, ReferenceData reference, string path,
        bool replace, bool dryRun, CancellationToken cancellationToken)
    {
        var files = FilesIn(path);
        var issues = new IssueLog();
        var registry = new SourceRegistry([]);
        var nir = new List<NetImportRelianceFact>();
        foreach (var file in files)
        {
            foreach (var _ in Facts(file, reference, registry, nir, issues))
            {
                // First pass: every row checked, its source registered, nothing kept but the NIR figures.
            }
        }
        issues.ThrowIfAny();
        var facts = FactSet.Empty with { Sources = registry.All.ToList(), NetImportReliance = nir };
        var second = new IssueLog();
        var streams = files.Where(f => !IsTradeFlows(f))
            .Select(f => new FactStream(TableOf(f), Facts(f, reference, registry, [], second)))
            .ToList();
        var flows = files.Where(IsTradeFlows).SelectMany(f => Facts(f, reference, registry, [], second)).Cast<Domain.Trade.TradeFlow>();
        IReadOnlyDictionary<string, int>? counts;
        try
        {
            counts = await store.WriteStreamingAsync(facts, streams, flows, () => second.HasErrors, replace, dryRun, cancellationToken);
        }
        catch (DuplicateKeyException e) when (e.Duplicates is [{ Table: TradeFlowTable.Name } flow])
        {
            throw new DataValidationException([LocateFlow(files.Where(IsTradeFlows).ToList(), flow.Key, reference)]);
        }
        catch (DuplicateKeyException e)
        {
            throw new DataValidationException(FactLocator.Locate(files.Where(f => !IsTradeFlows(f)), e.Duplicates.Take(MaxIssues), reference));
        }
        // A file changed between the two reads: its new problems are reported as they are.
        second.ThrowIfAny();
        return counts ?? throw new InvalidOperationException("the store reported a failed read with no problem logged");
    }

    /// <summary>The facts of one file, read one row at a time (the first pass also collects the NIR figures in
    /// <paramref name="nir"/>); problems go to <paramref name="issues"/>, and reading stops after
    /// <see cref="MaxIssues"/> of them.</summary>
    private static IEnumerable<object> Facts(string file, ReferenceData reference, SourceRegistry registry,
        ICollection<NetImportRelianceFact> nir, IssueLog issues)
    {
        var name = Path.GetFileName(file);
        var rows = Rows(file, name, issues);
        return name switch
        {
            FactFiles.Production => ProductionReader.StreamProduction(rows, reference, registry, checkKeys: false),
            FactFiles.Reserves => ProductionReader.StreamReserves(rows, reference, registry, checkKeys: false),
            FactFiles.Trade => TradeReader.StreamImportSources(rows, reference, registry, nir, checkKeys: false),
            FactFiles.StageShares => StageShareReader.Stream(rows, reference, registry, checkKeys: false),
            FactFiles.ExportControls => PolicyReader.StreamExportControls(rows, reference, registry, checkIds: false),
            FactFiles.Agreements => PolicyReader.StreamAgreements(rows, reference, registry, checkIds: false),
            FactFiles.Projects => PolicyReader.StreamProjects(rows, reference, registry, checkIds: false),
            FactFiles.TradeMeasures => TradeMeasureReader.Read(rows, reference, registry),
            FactFiles.TradeFlows => rows.Select(r => TradeFlowReader.ReadRow(r, reference, "", sources: registry)).OfType<Domain.Trade.TradeFlow>(),
            _ => throw new InvalidOperationException($"{name} is not a fact file a store holds"),
        };
    }

    /// <summary>The store table a fact file's streamed facts go to (<c>usgs_mcs_us_trade.csv</c>: its import sources;
    /// its NIR figures are held and written first).</summary>
    private static StoreTable TableOf(string file) => Path.GetFileName(file) switch
    {
        FactFiles.Production => StoreTables.Production,
        FactFiles.Reserves => StoreTables.Reserves,
        FactFiles.Trade => StoreTables.ImportSources,
        FactFiles.StageShares => StoreTables.StageShares,
        FactFiles.ExportControls => StoreTables.ExportControls,
        FactFiles.Agreements => StoreTables.Agreements,
        FactFiles.Projects => StoreTables.Projects,
        FactFiles.TradeMeasures => StoreTables.TradeMeasures,
        var name => throw new InvalidOperationException($"{name} is not a fact file a store holds"),
    };

    /// <summary>The rows of <paramref name="file"/>, one at a time; stops after <see cref="MaxIssues"/> problems in
    /// <paramref name="issues"/>.</summary>
    private static IEnumerable<CsvRow> Rows(string file, string name, IssueLog issues)
    {
        if (issues.Issues.Count >= MaxIssues)
        {
            yield break;
        }
        foreach (var row in CsvFile.Stream(file, name, issues, FactFiles.Columns[name]))
        {
            yield return row;
            if (issues.Issues.Count >= MaxIssues)
            {
                issues.Add(name, row.Line, null, $"stopped after {MaxIssues} problems; nothing was imported");
                yield break;
            }
        }
    }

    /// <summary>Reads the flow files again (only on this error path) for the lines holding the duplicated key: two lines, or one when the store already holds it.</summary>
    private static DataIssue LocateFlow(IReadOnlyList<string> files, string key, ReferenceData reference)
    {
        var lines = new List<(string File, int Line)>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            foreach (var row in CsvFile.Stream(file, name, new IssueLog(), FactFiles.Columns[name]))
            {
                if (TradeFlowReader.ReadRow(row, reference, "", sources: new SourceRegistry([])) is { } flow && TradeFlowTable.Describe(flow) == key)
                {
                    lines.Add((name, row.Line));
                    if (lines.Count == 2)
                    {
                        return new DataIssue(name, row.Line, "hs6", $"duplicate flow {key}; first on line {lines[0].Line}");
                    }
                }
            }
        }
        return lines.Count == 1
            ? new DataIssue(lines[0].File, lines[0].Line, "hs6", $"the store already holds flow {key}")
            : new DataIssue(files.Count > 0 ? Path.GetFileName(files[0]) : FactFiles.TradeFlows, 0, "hs6", $"duplicate flow {key}");
    }

    private static bool IsTradeFlows(string path) => Path.GetFileName(path) == FactFiles.TradeFlows;

    private static IReadOnlyList<string> FilesIn(string path)
    {
        var files = DatasetLoader.FactFilesIn(path, includeCompanion: false);
        if (files.Count == 0)
        {
            throw new DataValidationException([new DataIssue(path, 0, null,
                "no fact files here: expected one or more of " + string.Join(", ", FactFiles.Columns.Keys))]);
        }
        return files;
    }
}
