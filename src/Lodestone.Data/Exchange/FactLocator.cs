using Lodestone.Data.Loading;
using Lodestone.Data.Storage;
using Lodestone.Domain.Errors;

namespace Lodestone.Data.Exchange;

/// <summary>Finds the file lines of facts the store refused as duplicates, so the error can point at
/// file:line:field.</summary>
/// <remarks>
/// Re-reads the files one row at a time through the same readers the import used, each row on its own, and keeps only
/// the lines of the keys asked for (at most two each). Only run on the error path, so the extra read costs nothing
/// normally, and memory stays flat in the files' size.
/// </remarks>
internal static class FactLocator
{
    /// <summary>One issue per duplicate: at the second line holding its key ("first on line N") when the files repeat
    /// it, else at the one line holding it (the store held it already), else at line 0.</summary>
    public static IReadOnlyList<DataIssue> Locate(IEnumerable<string> paths, IEnumerable<DuplicateKey> duplicates,
        ReferenceData reference)
    {
        var wanted = duplicates.DistinctBy(d => (d.Table, d.Key)).ToList();
        var lines = wanted.ToDictionary(d => (d.Table, d.Key), _ => new List<(string File, int Line)>());
        foreach (var path in paths)
        {
            var name = Path.GetFileName(path);
            foreach (var row in CsvFile.Stream(path, name, new IssueLog(), FactFiles.Columns[name]))
            {
                foreach (var key in KeysOf(name, row, reference))
                {
                    if (lines.TryGetValue(key, out var found) && found.Count < 2)
                    {
                        found.Add((name, row.Line));
                    }
                }
            }
        }
        return wanted.Select(d => Issue(d, lines[(d.Table, d.Key)])).ToList();
    }

    private static DataIssue Issue(DuplicateKey d, List<(string File, int Line)> lines)
    {
        var stored = $"duplicate key {d.Description}: already in the store's {d.Table} table";
        return lines switch
        {
            // Every row of usgs_mcs_us_trade.csv repeats its year's NIR figure, which the import writes once: an NIR
            // duplicate is always one the store held already, at the first row that gives it.
            [var first, ..] when d.Table == StoreTables.NetImportReliance.Name =>
                new DataIssue(first.File, first.Line, d.Field, stored),
            [var first, var second] =>
                new DataIssue(second.File, second.Line, d.Field, $"duplicate key {d.Description}; first on line {first.Line}"),
            [var only] => new DataIssue(only.File, only.Line, d.Field, stored),
            _ => new DataIssue(d.File, 0, d.Field, $"duplicate key {d.Description}"),
        };
    }

    private static IEnumerable<(string Table, string Key)> KeysOf(string file, CsvRow row, ReferenceData reference)
    {
        CsvRow[] one = [row];
        var registry = new SourceRegistry([]);
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
            case FactFiles.TradeMeasures:
                return TradeMeasureReader.Read(one, reference, registry)
                    .Select(f => (StoreTables.TradeMeasures.Name, FactKeys.Of(f)));
            default:
                return [];
        }
    }
}
