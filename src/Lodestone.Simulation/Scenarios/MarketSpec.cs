using Lodestone.Domain.Model;

namespace Lodestone.Simulation.Scenarios;

/// <summary>A market a scenario simulates: commodity, stage, where its trade shares and world figures come from.</summary>
/// <param name="ImportCategory">Which USGS import-source category gives the trade shares (e.g. "Metal").</param>
/// <param name="ImportPeriod">Which period of import sources ("2021-24").</param>
/// <param name="WorldStage">Stage whose world production sizes the world market (defaults to <paramref name="Stage"/>).</param>
/// <param name="Price">The published price the market's price index starts from, if given.</param>
/// <param name="Overrides">Parameters that replace the scenario defaults for this market.</param>
/// <param name="Imports">Import shares declared in the file (with their source) instead of the dataset's; null: from the dataset.</param>
public sealed record MarketSpec(
    string Commodity,
    Stage Stage,
    string? ImportCategory,
    string? ImportPeriod,
    Stage? WorldStage,
    DemandSpec? Demand,
    IReadOnlyDictionary<string, ParameterSpec> Overrides,
    long Line,
    PriceSpec? Price = null,
    ImportsSpec? Imports = null)
{
    /// <summary>"commodity/stage", the market's name in parameters and reports ("gallium/refining").</summary>
    public string Key => Commodity + "/" + Stage.Name();
}
