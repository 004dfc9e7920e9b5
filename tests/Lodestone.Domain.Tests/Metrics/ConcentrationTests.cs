using Lodestone.Domain.Metrics;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Tests.Metrics;

public class ConcentrationTests
{
    [Fact]
    public void HhiPercent_FourFirms40302010_Is3000()
    {
        // Given shares 40/30/20/10 % (domain primer test case; by hand 1600 + 900 + 400 + 100 = 3000)
        double[] shares = [40, 30, 20, 10];

        // When / Then
        Assert.Equal(3000, Concentration.HhiPercent(shares), 9);
    }

    [Fact]
    public void HhiPercent_EightFirms_Is1580()
    {
        // Given 25/20/15/10/9/8/7/6 % (domain primer; by hand 625 + 400 + 225 + 100 + 81 + 64 + 49 + 36 = 1580)
        double[] shares = [25, 20, 15, 10, 9, 8, 7, 6];

        Assert.Equal(1580, Concentration.HhiPercent(shares), 9);
    }

    [Fact]
    public void HhiFraction_EuGermaniumProcessing2023_Is0Point8066()
    {
        // Given the EU CRM 2023 germanium processing shares: China 89.6, Russia 5.4, US 2.1, Japan 1.9, Ukraine 1.0 %
        // (Grohol & Veeh 2023, doi:10.2873/725585, as given in the domain primer; plain HHI published as 0.8066).
        double[] shares = [0.896, 0.054, 0.021, 0.019, 0.010];

        // When
        var hhi = Concentration.HhiFraction(shares);

        // Then: 0.802816 + 0.002916 + 0.000441 + 0.000361 + 0.0001 = 0.806634
        Assert.Equal(0.8066, hhi, 4);
    }

    [Fact]
    public void TopNShare_Top3OfEight_SumsTheLargestThree()
    {
        // 25 + 20 + 15 = 60, whatever the input order
        Assert.Equal(60, Concentration.TopNShare([6, 25, 7, 15, 10, 20, 9, 8], 3), 9);
    }

    [Theory]
    [InlineData(-1)]      // negative share
    [InlineData(100.5)]   // above 100 %
    [InlineData(double.NaN)]
    public void HhiPercent_ShareOutOfRange_Throws(double bad)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Concentration.HhiPercent([50, bad]));
    }

    [Fact]
    public void StageConcentrationHhi_WithOtherCountries_IsLowerBoundWithUpperCountingThemAsOne()
    {
        // Given CHN 60 %, AUS 20 % and "other countries" 20 %
        var distribution = new StageDistribution("x", Stage.Mining, 2024, "mine production", "test", ShareBasis.ProductionOverWorldTotal,
            null, null, false,
            [new CountryShare(new Iso3("CHN"), 0.6, null), new CountryShare(new Iso3("AUS"), 0.2, null), new CountryShare(Iso3.Other, 0.2, null)], []);

        // When
        var hhi = StageConcentration.Hhi(distribution);

        // Then: lower = 3600 + 400 = 4000 (OTH excluded); upper = 4000 + 400 = 4400
        Assert.Equal(MetricStatus.Bounded, hhi.Status);
        Assert.Equal(4000, hhi.Lower!.Value, 9);
        Assert.Equal(4400, hhi.Upper!.Value, 9);
        Assert.Contains("lower bound", hhi.Reason);
    }
}
