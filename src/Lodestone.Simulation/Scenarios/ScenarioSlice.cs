using Lodestone.Domain.Model;

namespace Lodestone.Simulation.Scenarios;

/// <summary>A scenario restricted to the markets of one commodity (a sweep's commodity axis).</summary>
/// <remarks>Markets, projects and predicates of other commodities are dropped; events are kept (an event acts only on the markets it
/// covers, so those on other commodities have nothing left to act on). Predicates over every market (<c>market: "*"</c>) stay.</remarks>
internal static class ScenarioSlice
{
    /// <summary>The scenario with only <paramref name="commodity"/>'s markets, or null when it has none.</summary>
    /// <param name="commodity">A commodity name, alias or symbol of <paramref name="catalog"/>.</param>
    /// <exception cref="ArgumentException">The commodity is not in the catalogue.</exception>
    public static ScenarioDefinition? ForCommodity(ScenarioDefinition scenario, string commodity, CommodityCatalog catalog)
    {
        var wanted = catalog.Find(commodity)?.Name ?? throw new ArgumentException($"unknown commodity '{commodity}'", nameof(commodity));
        bool Is(string name) => catalog.Find(name)?.Name == wanted;
        var markets = scenario.Markets.Where(m => Is(m.Commodity)).ToList();
        if (markets.Count == 0)
        {
            return null;
        }
        return scenario with
        {
            Markets = markets,
            Projects = scenario.Projects.Where(p => Is(p.Commodity)).ToList(),
            Predicates = scenario.Predicates.Where(p => p.Market == "*" || Is(MarketCommodity(p.Market))).ToList(),
        };
    }

    /// <summary>"gallium/refining" → "gallium" (a commodity name may not contain '/': the stage is after the last one).</summary>
    private static string MarketCommodity(string key)
    {
        var slash = key.LastIndexOf('/');
        return slash < 0 ? key : key[..slash];
    }
}
