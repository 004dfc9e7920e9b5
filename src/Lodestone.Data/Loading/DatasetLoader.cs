using Lodestone.Data.Usgs;
using Lodestone.Domain.Errors;
using Lodestone.Domain.KnowledgeBase;

namespace Lodestone.Data.Loading;

/// <summary>Loads a dataset directory (reference catalogues plus fact files of the shapes in <c>data/</c>), all or nothing.</summary>
public static class DatasetLoader
{
    /// <summary>The folder of a dataset directory that holds the USGS data release, as published.</summary>
    public const string UsgsFolder = "usgs";

    /// <summary>Loads <paramref name="dataDirectory"/>; throws <see cref="DataValidationException"/> listing every problem found.</summary>
    /// <remarks>
    /// When the directory has a <c>usgs/</c> release folder, production (with capacity) and reserves come from it through
    /// <see cref="UsgsImporter"/>; the curated <c>usgs_mcs_production.csv</c> and <c>usgs_mcs_reserves.csv</c> are then not
    /// loaded (they stay in the repository as the hand-checked cross-check of the importer). Net import reliance comes from
    /// the release's salient files for every series and year they cover (2020–2024 for MCS 2025), and from the curated
    /// <c>usgs_mcs_us_trade.csv</c> only for a series and year the release lacks; import sources and the policy files always
    /// come from the curated CSVs.
    /// </remarks>
    public static Dataset LoadDirectory(string dataDirectory)
    {
        var issues = new IssueLog();
        var reference = ReferenceLoader.Load(dataDirectory, issues);
        issues.ThrowIfAny();
        var usgsDirectory = Path.Combine(dataDirectory, UsgsFolder);
        if (!Directory.Exists(usgsDirectory))
        {
            var curated = WithTradeMatrices(LoadFactFiles(FactFilesIn(dataDirectory), reference, issues), dataDirectory, reference, issues);
            issues.ThrowIfAny();
            return curated.ToDataset(reference);
        }
        var mappings = UsgsMappings.Load(Path.Combine(dataDirectory, ReferenceLoader.Folder), reference, issues);
        issues.ThrowIfAny();
        var usgs = UsgsImporter.Import(usgsDirectory, reference, mappings, issues);
        var others = WithTradeMatrices(LoadFactFiles(FactFilesIn(dataDirectory).Where(p => Path.GetFileName(p) is not (FactFiles.Production or FactFiles.Reserves)),
            reference, issues), dataDirectory, reference, issues);
        issues.ThrowIfAny();
        // The release's NIR facts replace the curated ones of the same series and year (the cross-check finds them equal);
        // curated NIR stays only for what the release lacks (MCS 2026 figures for 2025). A curated citation that only the
        // replaced rows gave goes with them: the source list names what is cited.
        var released = usgs.Facts.NetImportReliance.Select(NirKey).ToHashSet();
        var kept = others with { NetImportReliance = others.NetImportReliance.Where(n => !released.Contains(NirKey(n))).ToList() };
        var uncited = others.NetImportReliance.Select(n => n.SourceId).Except(kept.CitedSourceIds()).ToHashSet(StringComparer.Ordinal);
        var cited = usgs.Facts.Production.Select(p => p.SourceId).Concat(usgs.Facts.Reserves.Select(r => r.SourceId))
            .Concat(usgs.Facts.NetImportReliance.Select(n => n.SourceId)).ToHashSet(StringComparer.Ordinal);
        var facts = kept with
        {
            Production = usgs.Facts.Production,
            Reserves = usgs.Facts.Reserves,
            NetImportReliance = [.. usgs.Facts.NetImportReliance, .. kept.NetImportReliance],
            Sources = [.. others.Sources.Where(s => !uncited.Contains(s.Id)), .. usgs.Facts.Sources.Where(s => cited.Contains(s.Id))],
        };
        return facts.ToDataset(reference);
    }

    private static (string Commodity, string Series, Domain.Model.Iso3 Importer, int Year) NirKey(Domain.Facts.NetImportRelianceFact n) =>
        (n.Commodity, n.Series, n.Importer, n.Year);

    /// <summary>Loads only the reference catalogues of a dataset directory.</summary>
    public static ReferenceData LoadReference(string dataDirectory)
    {
        var issues = new IssueLog();
        var reference = ReferenceLoader.Load(dataDirectory, issues);
        issues.ThrowIfAny();
        return reference;
    }

    /// <summary>Loads the companion tables (<see cref="FactFiles.Companion"/>) of a dataset directory.</summary>
    public static FactSet LoadCompanion(string dataDirectory, ReferenceData reference)
    {
        var issues = new IssueLog();
        var paths = FactFiles.Companion.Order(StringComparer.Ordinal).Select(name => Path.Combine(dataDirectory, name)).Where(File.Exists);
        var facts = LoadFactFiles(paths, reference, issues);
        issues.ThrowIfAny();
        return facts;
    }

    private static FactSet WithTradeMatrices(FactSet facts, string dataDirectory, ReferenceData reference, IssueLog issues)
    {
        var trade = LoadTradeMatrices(dataDirectory, reference, issues);
        return facts with { TradeFlows = trade.Flows, Sources = [.. facts.Sources, .. trade.Sources.Where(t => facts.Sources.All(s => s.Id != t.Id))] };
    }

    /// <summary>Reads the BACI matrix files of <c>trade/</c> (ISO3 form), citing the BACI release in <c>reference/sources.csv</c>.</summary>
    private static (List<Domain.Trade.TradeFlow> Flows, List<Domain.Model.Source> Sources) LoadTradeMatrices(string dataDirectory, ReferenceData reference, IssueLog issues)
    {
        var flows = new List<Domain.Trade.TradeFlow>();
        var files = TradeFlowReader.MatrixFiles(dataDirectory);
        if (files.Count == 0)
        {
            return (flows, []);
        }
        var source = reference.Sources.FirstOrDefault(s => s.Id == BaciSourceId);
        if (source is null)
        {
            issues.Add(ReferenceLoader.Folder + "/sources.csv", 0, "id", $"the trade files cite source '{BaciSourceId}', which is missing");
            return (flows, []);
        }
        foreach (var path in files)
        {
            var name = TradeFlowReader.Folder + "/" + Path.GetFileName(path);
            flows.AddRange(TradeFlowReader.Read(CsvFile.Read(path, name, issues, TradeFlowReader.Columns), reference, BaciSourceId,
                Baci.BaciRelease.FromFileName(path)?.Nomenclature));
        }
        return (flows, [source]);
    }

    /// <summary>The BACI release the shipped trade matrix comes from.</summary>
    public const string BaciSourceId = "cepii-baci-hs17-v202601";

    /// <summary>The fact files in a directory, or the file itself; unknown file names are an error.</summary>
    /// <param name="includeCompanion">False for imports into a store, which does not hold the companion tables.</param>
    public static IReadOnlyList<string> FactFilesIn(string path, bool includeCompanion = true)
    {
        if (File.Exists(path))
        {
            if (!FactFiles.IsFactFile(path))
            {
                throw new DataValidationException([new DataIssue(Path.GetFileName(path), 0, null,
                    "unknown file name: expected one of " + string.Join(", ", FactFiles.Columns.Keys.Where(k => includeCompanion || !FactFiles.Companion.Contains(k))))]);
            }
            if (!includeCompanion && FactFiles.Companion.Contains(Path.GetFileName(path)))
            {
                throw new DataValidationException([new DataIssue(Path.GetFileName(path), 0, null,
                    "companion table: it is read from the data directory, not imported into the store; edit data/" + Path.GetFileName(path) + " instead")]);
            }
            return [path];
        }
        if (!Directory.Exists(path))
        {
            throw new DataValidationException([new DataIssue(path, 0, null, "no such file or directory")]);
        }
        return FactFiles.Columns.Keys.Where(k => includeCompanion || !FactFiles.Companion.Contains(k))
            .Select(name => Path.Combine(path, name)).Where(File.Exists).ToList();
    }

    /// <summary>Reads fact files against <paramref name="reference"/>. Problems go to <paramref name="issues"/>; the caller decides to throw.</summary>
    public static FactSet LoadFactFiles(IEnumerable<string> paths, ReferenceData reference, IssueLog issues)
    {
        var registry = new SourceRegistry([]);
        var facts = FactSet.Empty;
        foreach (var path in paths)
        {
            var name = Path.GetFileName(path);
            var rows = CsvFile.Read(path, name, issues, FactFiles.Columns[name]);
            facts = name switch
            {
                FactFiles.Production => facts with { Production = [.. facts.Production, .. ProductionReader.ReadProduction(rows, reference, registry)] },
                FactFiles.Reserves => facts with { Reserves = [.. facts.Reserves, .. ProductionReader.ReadReserves(rows, reference, registry)] },
                FactFiles.Trade => WithTrade(facts, TradeReader.Read(rows, reference, registry)),
                FactFiles.StageShares => facts with { StageShares = [.. facts.StageShares, .. StageShareReader.Read(rows, reference, registry)] },
                FactFiles.ExportControls => facts with { ExportControls = [.. facts.ExportControls, .. PolicyReader.ReadExportControls(rows, reference, registry)] },
                FactFiles.Agreements => facts with { Agreements = [.. facts.Agreements, .. PolicyReader.ReadAgreements(rows, reference, registry)] },
                FactFiles.Projects => facts with { Projects = [.. facts.Projects, .. PolicyReader.ReadProjects(rows, reference, registry)] },
                FactFiles.Governance => facts with { Governance = [.. facts.Governance ?? [], .. GovernanceReader.Read(rows, reference, registry)] },
                FactFiles.Ownership => facts with { Ownership = [.. facts.Ownership ?? [], .. OwnershipReader.Read(rows, reference, registry)] },
                FactFiles.TransitRoutes => facts with { TransitRoutes = [.. facts.TransitRoutes ?? [], .. TransitRouteReader.Read(rows, reference, registry)] },
                FactFiles.TradeFlows => facts with { TradeFlows = [.. facts.TradeFlows ?? [], .. TradeFlowReader.Read(rows, reference, "", sources: registry)] },
                FactFiles.PublishedRisk => facts with { PublishedRisk = [.. facts.PublishedRisk ?? [], .. PublishedRiskReader.Read(rows, reference, registry)] },
                FactFiles.TradeMeasures => facts with { TradeMeasures = [.. facts.TradeMeasures ?? [], .. TradeMeasureReader.Read(rows, reference, registry)] },
                _ => facts,
            };
        }
        return facts with { Sources = registry.All.ToList() };
    }

    private static FactSet WithTrade(FactSet facts, (List<Domain.Facts.NetImportRelianceFact> Nir, List<Domain.Facts.ImportSourceFact> Sources) trade) =>
        facts with
        {
            NetImportReliance = [.. facts.NetImportReliance, .. trade.Nir],
            ImportSources = [.. facts.ImportSources, .. trade.Sources],
        };
}
