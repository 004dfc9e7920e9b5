using Lodestone.Simulation.Scenarios;
using Lodestone.Testing;

namespace Lodestone.Simulation.Tests.Scenarios;

public class ScenarioSliceTests
{
    [Fact]
    public void ForCommodity_BanScenarioGallium_OnlyGalliumMarketAndItsPredicates()
    {
        // Given the ban scenario: baseline's seven markets, its two all-market predicates, and two on gallium/refining
        var scenario = ScenarioReader.ReadFile(ScenarioPaths.Resolve("china-2024-12-us-ban-ga-ge-sb"));

        // When cut to gallium, named by its symbol
        var slice = ScenarioSlice.ForCommodity(scenario, "Ga", DefaultData.Dataset.Commodities)!;

        // Then one market, every event kept, and the predicates that can still be evaluated
        Assert.Equal(["gallium/refining"], slice.Markets.Select(m => m.Key));
        Assert.Equal(scenario.Events.Count, slice.Events.Count);
        Assert.Equal(scenario.Predicates.Where(p => p.Market is "*" or "gallium/refining").Select(p => p.Name), slice.Predicates.Select(p => p.Name));
        Assert.Contains(slice.Predicates, p => p.Market == "gallium/refining");
    }

    [Fact]
    public void ForCommodity_CommodityNotInScenario_Null()
    {
        var scenario = ScenarioReader.ReadFile(ScenarioPaths.Resolve("baseline"));

        Assert.Null(ScenarioSlice.ForCommodity(scenario, "lithium", DefaultData.Dataset.Commodities));
    }
}
