using Lodestone.Domain.Facts;
using Lodestone.Domain.Metrics;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Exposure;

/// <summary>The supply network of one commodity toward one importer, with the data and assumptions it was built from.</summary>
/// <param name="Network">Nodes (country, stage) plus the importer's use node; null when there are no import shares to trace.</param>
/// <param name="ImportShares">Normalised partner shares of the importer's imports.</param>
/// <param name="PartnerStage">The stage imported material is attributed to.</param>
/// <param name="Distributions">World stage shares per stage.</param>
public sealed record CommodityNetwork(
    string Commodity,
    Iso3 Importer,
    SupplyNetwork? Network,
    IReadOnlyDictionary<Iso3, double> ImportShares,
    IReadOnlyList<ImportSourceFact> ImportSources,
    Stage? PartnerStage,
    IReadOnlyDictionary<Stage, StageDistribution> Distributions,
    IReadOnlyList<string> Assumptions,
    IReadOnlyList<string> Missing)
{
    public SupplyNode Sink => SupplyNode.Use(Importer);
}
