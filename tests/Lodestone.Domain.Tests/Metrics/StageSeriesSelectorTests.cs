using Lodestone.Domain.Facts;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Metrics;
using Lodestone.Domain.Model;
using Lodestone.Testing;

namespace Lodestone.Domain.Tests.Metrics;

/// <summary>The selector on constructed data: a rule decides between series; without one, several candidates give no share.</summary>
public class StageSeriesSelectorTests
{
    private static readonly Iso3 Chn = new("CHN");
    private static readonly Iso3 Nor = new("NOR");

    /// <summary>Two silicon series with world totals: ferrosilicon (CHN 70 of 100, listing three countries) and silicon metal (CHN 8 of
    /// 10, listing two), so the old "most countries" heuristic would have taken ferrosilicon.</summary>
    private static Dataset Silicon(SeriesRuleBook? rules)
    {
        var d = DefaultData.Dataset;
        ProductionFact Row(string series, Iso3 country, double value) =>
            new("silicon", Stage.Refining, series, country, 2024, value, "kt", true, false, null, "s");
        return new Dataset(d.Commodities, d.Countries, [new Source("s", "test", null, null, null, null)],
            [Row("ferrosilicon", Chn, 70), Row("ferrosilicon", Nor, 20), Row("ferrosilicon", new Iso3("RUS"), 10), Row("ferrosilicon", Iso3.World, 100),
                Row("silicon metal", Chn, 8), Row("silicon metal", Nor, 2), Row("silicon metal", Iso3.World, 10)],
            [], [], [], [], [], [], [], seriesRules: rules);
    }

    [Fact]
    public void Choose_RuleNamesTheSeries_ThatSeriesAnswers()
    {
        var rules = new SeriesRuleBook([new StageSeriesRule("silicon", Stage.Refining, SeriesBasis.Production, "silicon metal", [], "test")]);

        var chosen = StageSeriesSelector.Choose(Silicon(rules), "silicon", Stage.Refining)!;

        Assert.Equal("silicon metal", chosen.Series);
        Assert.Equal(10, chosen.World!.Value);
    }

    [Fact]
    public void Choose_SeveralSeriesAndNoRule_ChoosesNone()
    {
        Assert.Null(StageSeriesSelector.Choose(Silicon(null), "silicon", Stage.Refining));
    }

    [Fact]
    public void Choose_RuleExcludesAMovedSeries_WorldTotalLosesItsFigure()
    {
        // The rule takes every country row of the excluded series (CHN 8, NOR 2) off ferrosilicon's world total 100: 90.
        var rules = new SeriesRuleBook([new StageSeriesRule("silicon", Stage.Refining, SeriesBasis.Production, "ferrosilicon", ["silicon metal"], "test")]);

        var chosen = StageSeriesSelector.Choose(Silicon(rules), "silicon", Stage.Refining)!;

        Assert.Equal(90, chosen.World!.Value);
        Assert.Contains("less silicon metal", chosen.World.Note, StringComparison.Ordinal);
    }
}
