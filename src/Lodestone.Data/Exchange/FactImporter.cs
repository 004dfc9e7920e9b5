using Lodestone.Data.Loading;
using Lodestone.Data.Storage;
using Lodestone.Domain.Errors;

namespace Lodestone.Data.Exchange;

/// <summary>Validates fact files against the reference catalogues and writes them to a store, all or nothing.</summary>
/// <remarks>
/// Trade flows (<c>trade_flows.csv</c>, the one fact file that can hold millions of rows) are streamed: read once to check every
/// row and collect the sources they cite, then read again while they are written, in the transaction of the other files' facts.
/// Memory stays flat in their number; a flow repeated in the file or already stored is found by the store's unique index.
/// </remarks>
public static class FactImporter
{
    /// <summary>Reading trade flows stops after this many problems (a wrong file would otherwise list millions).</summary>
    public const int MaxFlowIssues = 50;

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
        var flowFiles = files.Where(IsTradeFlows).ToList();
        var issues = new IssueLog();
        var facts = DatasetLoader.LoadFactFiles(files.Where(f => !IsTradeFlows(f)), reference, issues);
        var registry = new SourceRegistry(facts.Sources);
        foreach (var _ in Flows(flowFiles, reference, registry, issues))
        {
            // First pass: every row checked, its source registered, nothing kept.
        }
        issues.ThrowIfAny();
        facts = facts with { Sources = registry.All.ToList() };
        var second = new IssueLog();
        IReadOnlyDictionary<string, int>? counts;
        try
        {
            counts = await store.WriteStreamingAsync(facts, Flows(flowFiles, reference, registry, second), () => second.HasErrors, replace, dryRun,
                cancellationToken);
        }
        catch (DuplicateKeyException e) when (e.Duplicates is [{ Table: TradeFlowTable.Name } flow])
        {
            throw new DataValidationException([LocateFlow(flowFiles, flow.Key, reference)]);
        }
        catch (DuplicateKeyException e)
        {
            var lines = FactLocator.Lines(files.Where(f => !IsTradeFlows(f)), reference);
            throw new DataValidationException(e.ToIssues(d => lines.GetValueOrDefault((d.Table, d.Key))));
        }
        // The file changed between the two reads: its new problems are reported as they are.
        second.ThrowIfAny();
        return counts ?? throw new InvalidOperationException("the store reported a failed read with no problem logged");
    }

    /// <summary>The flows of <paramref name="files"/>, read one row at a time; problems go to <paramref name="issues"/>, reading stops after <see cref="MaxFlowIssues"/>.</summary>
    private static IEnumerable<Domain.Trade.TradeFlow> Flows(IReadOnlyList<string> files, ReferenceData reference, SourceRegistry registry, IssueLog issues)
    {
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            foreach (var row in CsvFile.Stream(file, name, issues, FactFiles.Columns[name]))
            {
                if (TradeFlowReader.ReadRow(row, reference, "", sources: registry) is { } flow)
                {
                    yield return flow;
                }
                if (issues.Issues.Count >= MaxFlowIssues)
                {
                    issues.Add(name, row.Line, null, $"stopped after {MaxFlowIssues} problems; nothing was imported");
                    yield break;
                }
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
