using Lodestone.Domain.Brief;
using Lodestone.Domain.Model;
using Lodestone.Domain.Trade;
using Lodestone.Testing;

namespace Lodestone.Domain.Tests.Brief;

/// <summary>The importer's trade measures on the supplier's exports, as the brief's notes show them (issue 10, item 6). Expected rows are
/// read from data/us_trade_measures.csv: graphite has the 2026 Section 301 rate (announced 2024-09-13, effective 2026-01-01, recorded
/// "scheduled"), the preliminary countervailing duty of 2025-05-20 and the preliminary antidumping duty of 2025-07-17, all USA on CHN.</summary>
public sealed class MeasureSummaryTests
{
    private static readonly Iso3 Usa = new("USA");
    private static readonly Iso3 Chn = new("CHN");

    [Fact]
    public void Of_ShippedGraphite_ListsTheUsMeasuresOnChinaOldestFirstWithTheirStatusOnTheDate()
    {
        var measures = MeasureSummary.Of(DefaultData.Dataset, "graphite", Usa, Chn, new DateOnly(2026, 11, 23));

        Assert.Equal(["USTR-301-2026-GRAPHITE", "DOC-CVD-AAM-2025", "DOC-AD-AAM-2025"], measures.Select(m => m.Id));
        Assert.Equal("due from 2026-01-01; status since then not recorded", measures[0].Status);
        Assert.Equal(("antidumping", "preliminary", "2025-07-17"), (measures[2].MeasureType, measures[2].Status, measures[2].StatusAsOf));
        Assert.StartsWith("93.5%", measures[2].RateText, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_DateBeforeALaterDuty_LeavesItOutAndShowsTheTariffAsPending()
    {
        var measures = MeasureSummary.Of(DefaultData.Dataset, "graphite", Usa, Chn, new DateOnly(2025, 6, 1));

        Assert.Equal(["USTR-301-2026-GRAPHITE", "DOC-CVD-AAM-2025"], measures.Select(m => m.Id));
        Assert.Equal("pending (from 2026-01-01)", measures[0].Status);
    }

    [Fact]
    public void Of_AnotherImporterOrSupplier_ListsNothing()
    {
        Assert.Empty(MeasureSummary.Of(DefaultData.Dataset, "graphite", new Iso3("JPN"), Chn, new DateOnly(2026, 11, 23)));
        Assert.Empty(MeasureSummary.Of(DefaultData.Dataset, "graphite", Usa, new Iso3("KAZ"), new DateOnly(2026, 11, 23)));
    }

    [Fact]
    public void DefaultBrief_GraphiteRow_CarriesTheMeasuresAndCitesTheirSources()
    {
        var row = DefaultBrief.Row("graphite");

        Assert.Equal(MeasureSummary.Of(DefaultData.Dataset, "graphite", Usa, Chn, new DateOnly(2026, 11, 23)), row.TradeMeasures);
        Assert.All(row.TradeMeasures, m => Assert.Contains(DefaultBrief.Brief.Sources, s => s.Id == m.SourceId));
    }

    private static TradeMeasure Measure(string status, PartialDate? effective, PartialDate? statusAsOf) =>
        new("M", new PartialDate(2024, 9, 13), effective, "tariff", Usa, [Chn], ["graphite"], "s", "25%", status, statusAsOf, "s", "src", null);

    [Theory]
    [InlineData("scheduled", "2026-01-01", "2024-09-13", "2025-12-31", "pending (from 2026-01-01)")]
    [InlineData("scheduled", "2026-01-01", "2024-09-13", "2026-01-01", "due from 2026-01-01; status since then not recorded")]
    [InlineData("scheduled", "2026-01-01", "2026-02-01", "2026-03-01", "scheduled")]
    [InlineData("in force", null, "2024-09-27", "2026-03-01", "in force")]
    public void StatusOn_JudgesTheRecordedStatusByItsDates(string status, string? effective, string? asOf, string on, string expected)
    {
        var measure = Measure(status, effective is null ? null : PartialDate.Parse(effective), asOf is null ? null : PartialDate.Parse(asOf));

        Assert.Equal(expected, measure.StatusOn(DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
