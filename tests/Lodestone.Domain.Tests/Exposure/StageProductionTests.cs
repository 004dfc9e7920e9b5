using Lodestone.Domain.Exposure.Tracing;
using Lodestone.Domain.Metrics;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Tests.Exposure;

public class StageProductionTests
{
    /// <summary>Every mass unit the shipped stage data write (USGS MCS 2025 world data, usgs_mcs_production.csv,
    /// processing_shares.csv) and the non-mass ones, with tonnes per unit by definition.</summary>
    public static TheoryData<string, double?> Units() => new()
    {
        { "metric tons", 1 },
        { "metric tons (antimony content)", 1 },
        { "thousand metric tons", 1_000 },
        { "thousand metric tons (TiO2 content)", 1_000 },
        { "thousand metric dry tons", 1_000 },
        { "million metric tons", 1_000_000 },
        { "kilograms", 0.001 },
        { "kilograms (palladium content)", 0.001 },
        { "kg", 0.001 },
        { "kt", 1_000 },
        { "kt Cu", 1_000 },
        { "kt Li content (IEA convention; not LCE)", 1_000 },
        { "thousand carats", null },
        { "million cubic meters", null },
        { "", null },
    };

    [Theory]
    [MemberData(nameof(Units))]
    public void TonnesPerUnit_ReadsEveryMassUnitOfTheShippedData(string unit, double? tonnes)
    {
        Assert.Equal(tonnes, StageProduction.TonnesPerUnit(unit));
    }

    [Fact]
    public void Of_BauxiteInThousandDryTons_GivesJamaicasOutputInTonnes()
    {
        // Given USGS MCS 2025's bauxite mine production 2024 (thousand metric dry tons): Jamaica 6,100 of a world
        // 450,000
        var world = 450_000.0;
        var distribution = new StageDistribution("aluminum", Stage.Mining, 2024, "mine production", "USGS production",
            ShareBasis.ProductionOverWorldTotal, "thousand metric dry tons", world,
            IsProxy: false, [new CountryShare(new Iso3("JAM"), 6_100 / world, 6_100)], []);

        // When Jamaica's output is read
        var output = StageProduction.Of(distribution, new Iso3("JAM"));

        // Then it is 6,100 × 1,000 t exactly (it was unbounded: the unit was not read as a mass)
        Assert.Equal(6_100_000, output.Low, 6);
        Assert.Equal(6_100_000, output.High!.Value, 6);
    }
}
