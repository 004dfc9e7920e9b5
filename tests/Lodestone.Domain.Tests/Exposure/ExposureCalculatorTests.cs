using Lodestone.Domain.Exposure;
using Lodestone.Domain.Metrics;
using Lodestone.Domain.Model;
using Lodestone.Testing;

namespace Lodestone.Domain.Tests.Exposure;

public class ExposureCalculatorTests
{
    private static readonly Iso3 Usa = new("USA"), Chn = new("CHN"), Rus = new("RUS"), Cod = new("COD");

    [Fact]
    public void For_RareEarthsMining_DirectShareIsChinaOverWorldTotal()
    {
        // USGS MCS 2025 rare earths 2024: China 270,000 t REO of a rounded world total of 390,000 t
        var report = ExposureCalculator.For(DefaultData.Dataset, Usa, Chn, "rare earths");

        Assert.Equal(270000.0 / 390000.0, report.At(Stage.Mining)!.Direct!.Value, 12);
    }

    [Fact]
    public void For_RareEarthsRefining_DirectShareIsTheIea2024Share()
    {
        // IEA Critical Minerals Dataset (GCMO 2025 edition), magnet REE refining 2024: China 91.3 % (data/processing_shares.csv)
        var report = ExposureCalculator.For(DefaultData.Dataset, Usa, Chn, "rare earths");

        Assert.Equal(0.913, report.At(Stage.Refining)!.Direct!.Value, 12);
    }

    [Fact]
    public void For_RareEarths_EffectiveRefiningIsTheChineseImportShareAndStagesSumToOne()
    {
        // USGS MCS 2026 import sources 2021–24 (compounds and metals): China 71 of 71+13+5+5+6 = 100 %
        var report = ExposureCalculator.For(DefaultData.Dataset, Usa, Chn, "rare earths");

        Assert.Equal(0.71, report.At(Stage.Refining)!.Effective!.Value, 9);
        Assert.Equal(0.71, report.ImportShare!.Value, 9);
        Assert.InRange(report.AnyStage!.Value, report.At(Stage.Refining)!.Effective!.Value, 1.0);
        Assert.Contains(report.Assumptions, a => a.Contains("world mining shares", StringComparison.Ordinal));
        Assert.Contains(report.Assumptions, a => a.StartsWith("proportional attribution", StringComparison.Ordinal));
    }

    [Fact]
    public void For_EveryCommodity_SharesStayWithin0And1()
    {
        foreach (var report in ExposureCalculator.ForAll(DefaultData.Dataset, Usa, Chn))
        {
            foreach (var row in report.Stages)
            {
                foreach (var value in new[] { row.Direct, row.Effective, row.ControlAdjusted, row.ControlAdjustedDirect }.OfType<double>())
                {
                    Assert.InRange(value, 0, 1 + 1e-12);
                }
            }
        }
    }

    [Fact]
    public void For_CobaltMining_ControlAdjustedAddsHalfOfCongoOutputToChina()
    {
        // Given the sourced fact "Chinese companies control at least half of DRC cobalt production" (Bloomberg, 2019)
        var dataset = DefaultData.Dataset;
        var report = ExposureCalculator.For(dataset, Usa, Chn, "cobalt");
        var mining = StageDistributions.For(dataset, "cobalt", Stage.Mining)!;

        // Then control-adjusted direct = China's own share + 0.5 × DRC share, flagged as a lower bound
        var row = report.At(Stage.Mining)!;
        Assert.Equal(mining.ShareOf(Chn) + 0.5 * mining.ShareOf(Cod), row.ControlAdjustedDirect!.Value, 12);
        Assert.True(row.ControlIsLowerBound);
    }

    [Fact]
    public void TransitExposure_UraniumToRussia_CountsKazakhNorthernRouteAndBoundsUzbekRoutes()
    {
        // Given U.S. uranium deliveries (EIA 2023 via daryo.uz): KAZ 22 %, UZB 10 %; KAZ routes to North America:
        // TITR 10.9 % (derived) and St Petersburg 89.1 % (declared assumption); UZB routes with unknown shares, one via RUS
        var report = ExposureCalculator.For(DefaultData.Dataset, Usa, Rus, "uranium");

        // Then: lower = 0.22 · 0.891 = 0.19602; upper adds all of UZB's 0.10 (its northern route crosses Russia)
        Assert.NotNull(report.Transit);
        Assert.Equal(0.19602, report.Transit!.Lower, 9);
        Assert.Equal(0.29602, report.Transit.Upper, 9);
    }

    [Fact]
    public void For_CommodityWithoutImportShares_SaysSoInMissing()
    {
        var dataset = DefaultData.Dataset;
        var commodity = ExposureCalculator.Commodities(dataset, Usa).First(c => !dataset.ImportSources.Any(s => s.Commodity == c));

        var report = ExposureCalculator.For(dataset, Usa, Chn, commodity);

        Assert.Contains(report.Missing, m => m.Contains("no import-source shares", StringComparison.Ordinal));
        Assert.All(report.Stages, s => Assert.Null(s.Effective));
    }
}
