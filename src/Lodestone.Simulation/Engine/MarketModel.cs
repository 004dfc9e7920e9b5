using Lodestone.Domain.Model;

namespace Lodestone.Simulation.Engine;

/// <summary>One commodity at one stage as the importer sees it: origins, trade shares, events, projects and parameters.</summary>
/// <remarks>
/// Quantities are in importer units: 1 = the importer's base-year monthly demand (<see cref="DemandBase"/> per year in
/// <see cref="DemandUnit"/>). <see cref="ImportShares"/> are shares of imports (sum ≤ 1); the domestic origin takes
/// 1 − NIR of demand and imports NIR (docs/simulation.md, equation 2).
/// <see cref="Price"/>, when given, is the published price that price index 1 stands for.
/// </remarks>
public sealed record MarketModel(
    string Commodity,
    Stage Stage,
    double? DemandBase,
    string? DemandUnit,
    IReadOnlyList<string> Origins,
    int DomesticIndex,
    IReadOnlyList<double> ImportShares,
    IReadOnlyList<double> ConcernDirect,
    IReadOnlyList<double> ConcernTraced,
    MarketParameters Parameters,
    IReadOnlyList<EventModel> Events,
    IReadOnlyList<ProjectModel> Projects,
    BasePrice? Price = null)
{
    /// <summary>"gallium/refining".</summary>
    public string Key => Commodity + "/" + Stage.Name();
}
