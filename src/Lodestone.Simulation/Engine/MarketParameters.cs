namespace Lodestone.Simulation.Engine;

/// <summary>Indices into <see cref="SimulationModel.Parameters"/> for the per-market parameters of the equations in docs/simulation.md.</summary>
public sealed record MarketParameters(
    int NetImportReliance,
    int DemandGrowth,
    int RestOfWorldGrowth,
    int WorldToImporter,
    int ConcernWorldShare,
    int SpareCapacity,
    int SpareLagMonths,
    int NonConcernGrowth,
    int StockpileMonths,
    int MaxReleasePerMonth,
    int SubstitutionRate,
    int SubstitutionMax,
    int SubstitutionLagMonths,
    int DemandElasticity,
    int DemandReductionMax,
    int DemandReductionLagMonths,
    int RecyclingShare,
    int RecyclingGrowth,
    int PriceElasticity,
    int PriceCap);
