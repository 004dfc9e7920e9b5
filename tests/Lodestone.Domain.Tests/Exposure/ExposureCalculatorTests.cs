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
    public void For_RareEarthsRefining_TracedShareIsBoundedByNirAndUntracedPartners()
    {
        // USGS MCS 2026: import sources 2021–24 (compounds and metals) China 71 %, Malaysia 13 %, other 6 %, Estonia 5 %,
        // Japan 5 %; NIR 67 %. Imports are at least 67 % of supply, so the share made at home m lies in [0, 0.33].
        // No partner's own feed is recorded (no HS code for rare-earth compounds in the shipped BACI extract), so each
        // counts 0 at the low end and 1 at the high end: low = min over m of (1 − m)·0.71 = 0.67 · 0.71; high = 1.
        // (The 67 % is the 2025 estimate, so the report is read for 2025; the default vintage, 2024, has NIR 80 %: see below.)
        var report = ExposureCalculator.For(DefaultData.Dataset, Usa, Chn, "rare earths", 2025);

        var traced = report.At(Stage.Refining)!.Traced!;
        Assert.Equal(0.67 * 0.71, traced.Share.Low, 9);
        Assert.Equal(1.0, traced.Share.High, 9);
        Assert.Equal(0.71, report.ImportShare!.Value, 9);
        Assert.Equal(Stage.Refining, report.TracedStage);
        Assert.Contains(traced.Partners, p => p.Partner == new Iso3("MYS") && !p.Content.IsExact);
        Assert.Contains(report.Assumptions, a => a.StartsWith("proportional attribution on evidence", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Assumptions, a => a.Contains("world mining shares", StringComparison.Ordinal));
    }

    [Fact]
    public void For_NoYear_ReadsTheDefaultVintageAsTheQueries()
    {
        // A call without a year reads the newest complete year (2024 on the shipped data), the year brief, exposure and claims
        // read by default: mcs2025-rareee_salient.csv NIR_pct 2024 = 80, so low = (1 − 0.20) · 0.71 (MCS 2026 list 2021–24).
        var report = ExposureCalculator.For(DefaultData.Dataset, Usa, Chn, "rare earths");

        Assert.Equal(0.80 * 0.71, report.At(Stage.Refining)!.Traced!.Share.Low, 9);
    }

    [Fact]
    public void For_Gallium_CountsOnlyChinasDirectShareAsProvenAndNamesTheDominatedStage()
    {
        // USGS MCS 2026 gallium import sources 2021–24: Canada 28, Japan 22, China 18, Germany 16, other 16; NIR 100 %.
        // The partners' own gallium imports are only in HS 8112.92, a bundle of seven metals: a bound, never a split.
        var report = ExposureCalculator.For(DefaultData.Dataset, Usa, Chn, "gallium");

        Assert.Equal(0.18, report.Traced!.Value.Low, 9);
        Assert.True(report.Traced.Value.High > 0.99);
        Assert.True(report.Untraced > 0.8);
        Assert.Contains(report.Missing, m => m.Contains("world refining output", StringComparison.Ordinal));
        var germany = report.At(Stage.Refining)!.Traced!.Partners.Single(p => p.Partner == new Iso3("DEU"));
        Assert.Contains("8112.92", germany.Evidence, StringComparison.Ordinal);
        Assert.Contains("bundle", germany.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("USA")]
    [InlineData("JPN")]
    [InlineData("DEU")]
    public void For_EveryCommodityAndStage_ZeroIsOnlyShownWhenProven(string importer)
    {
        // A traced figure of 0 % is allowed only where every input is known and free of the supplier.
        foreach (var report in ExposureCalculator.ForAll(DefaultData.Dataset, new Iso3(importer), Chn))
        {
            foreach (var row in report.Stages.Where(r => r.Traced is not null))
            {
                var t = row.Traced!;
                Assert.InRange(t.Share.Low, 0, t.Share.High);
                if (t.Share.High == 0)
                {
                    Assert.All(t.Partners, p => Assert.True(p.Content.IsExact && p.Content.High == 0, $"{report.Commodity} {row.Stage}: {p.Partner}"));
                    Assert.True(t.Split.IsExact || t.Partners.Count == 0, $"{report.Commodity} {row.Stage}: split {t.Split}");
                }
                if (t.Partners.Any(p => !p.Content.IsExact && p.Weight > 0))
                {
                    Assert.True(t.Share.Width > 0, $"{report.Commodity} {row.Stage}: an untraced partner must widen the bounds");
                }
            }
            // An unlisted supplier's control-adjusted share is unknown or an "at least" figure, never a plain 0
            foreach (var row in report.Stages.Where(r => r.Direct is null && r.ControlAdjustedDirect is not null))
            {
                Assert.True(row.ControlAdjustedDirect > 0 && row.ControlIsLowerBound,
                    $"{report.Commodity} {row.Stage}");
            }
        }
    }

    [Fact]
    public void For_ChromiumMining_ChinaUnlisted_WorldShareIsTheOtherCountriesBoundAndControlIsUnknown()
    {
        // Given USGS MCS 2025 chromite mine production 2024 (thousand t): China not listed, "Other Countries" 2,900,
        // "World total (rounded)" 47,000, and no ownership fact for chromium
        var row = ExposureCalculator.For(DefaultData.Dataset, Usa, Chn, "chromium").At(Stage.Mining)!;

        // Then the world share is unknown with the bound 2,900 / 47,000 ≈ 6.17 %, and the control-adjusted share is
        // unknown too (it read 0 % until 2026-12-05: the sum over the listed countries with China absent)
        Assert.Null(row.Direct);
        Assert.Equal(2_900.0 / 47_000, row.DirectUpper!.Value, 12);
        Assert.Null(row.ControlAdjustedDirect);
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
    public void For_JapanAsImporter_TracesItsOwnBaciImports()
    {
        // Any country can be the importer: Japan's natural graphite (HS 2504.90, BACI 2024) is read from its own flows.
        var report = ExposureCalculator.For(DefaultData.Dataset, new Iso3("JPN"), Chn, "graphite");

        var mining = report.At(Stage.Mining)!.Traced!;
        Assert.StartsWith("BACI 2024 HS 2504.90", mining.WeightBasis, StringComparison.Ordinal);
        Assert.Contains(mining.Partners, p => p.Partner == Chn);
        Assert.True(mining.Share.Low > 0.9); // BACI 2024: 95.4 % of Japan's imports of the code by value come from China
    }
}
