using Lodestone.Data.Loading;
using Lodestone.Data.Storage;

namespace Lodestone.Data.Exchange;

/// <summary>Finds the file line each fact was read from, so store-level errors can point at file:line:field.</summary>
/// <remarks>
/// Re-reads each row on its own through the same reader the import used and records the key of the facts it
/// yields. Only run on the error path (a duplicate against the store), so the second read costs nothing normally.
/// </remarks>
public static class FactLocator
{
    /// <summary>(table, fact key) → the first line in <paramref name="paths"/> that yields that fact.</summary>
    public static IReadOnlyDictionary<(string Table, string Key), int> Lines(IEnumerable<string> paths, ReferenceData reference)
    {
        var lines = new Dictionary<(string, string), int>();
        foreach (var path in paths)
        {
            var name = Path.GetFileName(path);
            var scratch = new IssueLog();
            foreach (var row in CsvFile.Read(path, name, scratch, FactFiles.Columns[name]))
            {
                var registry = new SourceRegistry([]);
                foreach (var (table, key) in KeysOf(name, row, reference, registry))
                {
                    lines.TryAdd((table, key), row.Line);
                }
            }
        }
        return lines;
    }

    private static IEnumerable<(string Table, string Key)> KeysOf(string file, CsvRow row, ReferenceData reference, SourceRegistry registry)
    {
        CsvRow[] one = [row];
        switch (file)
        {
            case FactFiles.Production:
                return ProductionReader.ReadProduction(one, reference, registry).Select(f => (StoreTables.Production.Name, FactKeys.Of(f)));
            case FactFiles.Reserves:
                return ProductionReader.ReadReserves(one, reference, registry).Select(f => (StoreTables.Reserves.Name, FactKeys.Of(f)));
            case FactFiles.Trade:
                var (nir, imports) = TradeReader.Read(one, reference, registry);
                return nir.Select(f => (StoreTables.NetImportReliance.Name, FactKeys.Of(f)))
                    .Concat(imports.Select(f => (StoreTables.ImportSources.Name, FactKeys.Of(f))));
            case FactFiles.StageShares:
                return StageShareReader.Read(one, reference, registry).Select(f => (StoreTables.StageShares.Name, FactKeys.Of(f)));
            case FactFiles.ExportControls:
                return PolicyReader.ReadExportControls(one, reference, registry).Select(f => (StoreTables.ExportControls.Name, FactKeys.Of(f)));
            case FactFiles.Agreements:
                return PolicyReader.ReadAgreements(one, reference, registry).Select(f => (StoreTables.Agreements.Name, FactKeys.Of(f)));
            case FactFiles.Projects:
                return PolicyReader.ReadProjects(one, reference, registry).Select(f => (StoreTables.Projects.Name, FactKeys.Of(f)));
            case FactFiles.TradeFlows:
                return TradeFlowReader.Read(one, reference, "", sources: registry).Select(f => (TradeFlowTable.Name, TradeFlowTable.Describe(f)));
            default:
                return [];
        }
    }
}
