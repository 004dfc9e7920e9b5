using Lodestone.Simulation.Engine;

namespace Lodestone.Simulation.Tests.Scenarios;

/// <summary>The baseline's stocks and recycling responses come from the USGS salient files where those publish a figure
/// (docs/simulation.md, "Stocks and recycling"); elsewhere they stay the declared assumptions.</summary>
public class StocksAndRecyclingTests
{
    private static double Max(SimulationModel model, string name) =>
        model.Parameters.Single(p => p.Name == name).Value.InverseCdf(1.0);

    [Theory]
    // Worked by hand from the salient files: antimony's largest yearly rise of secondary smelter output is 2021,
    // (4,050 - 3,520) t / 27,800 t consumed = 0.01906; cobalt's is 2023, (2,030 - 1,920) t / 6,440 t apparent consumption = 0.01708
    // (2022's +120 t / 7,150 t = 0.01678 is smaller).
    [InlineData("antimony/refining", 0.0191)]
    [InlineData("cobalt/refining", 0.0171)]
    public void Compile_Baseline_RecyclingGrowthCeilingIsTheLargestPublishedYearlyRise(string market, double ceiling)
    {
        // Given / When
        var model = ScenarioFixture.Compile("baseline");

        // Then the ceiling is the published rise, the mode stays at Sprecher et al.'s nil response, and the basis cites the file
        var parameter = model.Parameters.Single(p => p.Name == market + ".recycling_growth");
        Assert.Equal(ceiling, Max(model, parameter.Name), 4);
        Assert.Equal(0, parameter.Value.InverseCdf(0.0));
        Assert.Contains("_salient.csv", parameter.Basis, StringComparison.Ordinal);
        Assert.False(parameter.IsAssumption);
    }

    [Theory]
    // Markets whose salient file has no secondary-production figure: rare earths, gallium and graphite have no column,
    // germanium's is NA every year, tungsten's withheld (W) every year. They keep the default (0, 0, 2 % a year).
    [InlineData("rare earths/refining")]
    [InlineData("gallium/refining")]
    [InlineData("germanium/refining")]
    [InlineData("tungsten/refining")]
    [InlineData("graphite/mining")]
    public void Compile_Baseline_NoPublishedSecondaryProduction_KeepsTheDefault(string market)
    {
        // When
        var model = ScenarioFixture.Compile("baseline");

        // Then
        Assert.Equal(0.02, Max(model, market + ".recycling_growth"), 10);
    }

    [Theory]
    // Every market's salient file and the column that would carry its U.S. secondary production or stocks, if any.
    [InlineData("mcs2025-germa_salient.csv", "USprod_Secondary_kg")]
    [InlineData("mcs2025-tungs_salient.csv", "USprod_Secondary_t")]
    [InlineData("mcs2025-tungs_salient.csv", "Stocks_")]
    public void SalientFiles_WhereTheDefaultStays_PublishNoFigure(string file, string column)
    {
        // When every year 2020-2024 is read
        var values = Enumerable.Range(2020, 5).Select(y => ScenarioFixture.Salient.Read(file, column, y, out _)).ToList();

        // Then none is a number (NA or W), which is why the scenario keeps its assumption there
        Assert.All(values, Assert.Null);
    }
}
