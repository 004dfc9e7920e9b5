using Lodestone.Domain.Facts;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;
using Lodestone.Domain.Trade;

namespace Lodestone.Data.Loading;

/// <summary>Facts read from a set of files, with the sources they cite: what an import adds to a store.</summary>
public sealed record FactSet(
    IReadOnlyList<Source> Sources,
    IReadOnlyList<ProductionFact> Production,
    IReadOnlyList<ReserveFact> Reserves,
    IReadOnlyList<NetImportRelianceFact> NetImportReliance,
    IReadOnlyList<ImportSourceFact> ImportSources,
    IReadOnlyList<StageShareFact> StageShares,
    IReadOnlyList<ExportControl> ExportControls,
    IReadOnlyList<Agreement> Agreements,
    IReadOnlyList<Project> Projects,
    IReadOnlyList<GovernanceFact>? Governance = null,
    IReadOnlyList<OwnershipFact>? Ownership = null,
    IReadOnlyList<TransitRoute>? TransitRoutes = null,
    IReadOnlyList<PublishedRiskFact>? PublishedRisk = null,
    IReadOnlyList<TradeFlow>? TradeFlows = null,
    IReadOnlyList<TradeMeasure>? TradeMeasures = null)
{
    public static FactSet Empty { get; } = new([], [], [], [], [], [], [], [], []);

    /// <summary>Row counts per table, for "imported N rows" reports.</summary>
    public IReadOnlyDictionary<string, int> Counts => new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["production"] = Production.Count,
        ["reserves"] = Reserves.Count,
        ["net_import_reliance"] = NetImportReliance.Count,
        ["import_sources"] = ImportSources.Count,
        ["stage_shares"] = StageShares.Count,
        ["export_controls"] = ExportControls.Count,
        ["agreements"] = Agreements.Count,
        ["projects"] = Projects.Count,
        ["governance"] = Governance?.Count ?? 0,
        ["ownership"] = Ownership?.Count ?? 0,
        ["transit_routes"] = TransitRoutes?.Count ?? 0,
        ["published_risk"] = PublishedRisk?.Count ?? 0,
        ["trade_flows"] = TradeFlows?.Count ?? 0,
        ["trade_measures"] = TradeMeasures?.Count ?? 0,
        ["sources"] = Sources.Count,
    };

    /// <summary>The id of every source some fact cites.</summary>
    public IReadOnlySet<string> CitedSourceIds() =>
        Production.Select(f => f.SourceId).Concat(Reserves.Select(f => f.SourceId)).Concat(NetImportReliance.Select(f => f.SourceId))
            .Concat(ImportSources.Select(f => f.SourceId)).Concat(StageShares.Select(f => f.SourceId)).Concat(ExportControls.Select(f => f.SourceId))
            .Concat(Agreements.Select(f => f.SourceId)).Concat(Projects.Select(f => f.SourceId)).Concat((Governance ?? []).Select(f => f.SourceId))
            .Concat((Ownership ?? []).Select(f => f.SourceId)).Concat((TransitRoutes ?? []).Select(f => f.SourceId))
            .Concat((PublishedRisk ?? []).Select(f => f.SourceId)).Concat((TradeFlows ?? []).Select(f => f.SourceId))
            .Concat((TradeMeasures ?? []).Select(f => f.SourceId))
            .ToHashSet(StringComparer.Ordinal);

    public Dataset ToDataset(ReferenceData reference) =>
        new(reference.Commodities, reference.Countries, reference.Sources.Concat(Sources).DistinctBy(s => s.Id),
            Production, Reserves, NetImportReliance, ImportSources, StageShares, ExportControls, Agreements, Projects,
            Governance, Ownership, TransitRoutes, PublishedRisk, TradeFlows, reference.HsCodes, reference.ExportSeries, TradeMeasures, reference.SalientFigures,
            reference.SeriesRules, reference.AgreementTypes, reference.ImportCategories);

    public static FactSet FromDataset(Dataset dataset) =>
        new(dataset.Sources.Values.ToList(), dataset.Production, dataset.Reserves, dataset.NetImportReliance, dataset.ImportSources,
            dataset.StageShares, dataset.ExportControls, dataset.Agreements, dataset.Projects,
            dataset.Governance, dataset.Ownership, dataset.TransitRoutes, dataset.PublishedRisk, dataset.TradeFlows, dataset.TradeMeasures.Measures);
}
