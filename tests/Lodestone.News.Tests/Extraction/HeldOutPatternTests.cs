using System.Globalization;
using Lodestone.News.Extraction;
using Lodestone.News.Model;
using Lodestone.News.Tests.Evaluation;

namespace Lodestone.News.Tests.Extraction;

/// <summary>
/// The rules added after the second round of new train articles (issue 13), each on a short text written for the
/// test, with the expected values worked out by reading it.
/// </summary>
public sealed class HeldOutPatternTests
{
    private static ArticleExtraction Extract(string text, string published) =>
        new ArticleExtractor(DevSet.Gazetteers).Extract(text, null, DateOnly.Parse(published, CultureInfo.InvariantCulture));

    [Fact]
    public void Extract_GroupNamedBesideItsMember_KeepsOnlyTheMember()
    {
        // Given a first production of an element that the sentence also calls "a heavy rare earth" (2026-05-14 is a Thursday)
        var result = Extract("Lynas Rare Earths produced its first separated dysprosium oxide, a heavy rare earth, at its Kuantan plant on Tuesday.", "2026-05-14");

        // Then the element is the commodity, not the group; Lynas gives Australia and Kuantan Malaysia
        var e = Assert.Single(result.Events);
        Assert.Equal(EventType.ProjectMilestone, e.Type);
        Assert.Equal(["dysprosium"], e.CommodityNames);
        Assert.Equal(["AUS", "MYS"], e.Countries);
        Assert.Equal("2026-05-12", e.Date.ToString());
    }

    [Fact]
    public void Extract_EarlierEventOfAnotherTypeRecalledLater_IsBackground()
    {
        // Given a price story of last week (1-7 June 2026) that recalls controls of March, within 120 days of publication
        var text = "Gallium prices in China rose 8% last week, traders said.\nBeijing placed export controls on gallium in March.";

        var result = Extract(text, "2026-06-10");

        // Then only the price move is the article's news
        var e = Assert.Single(result.Events);
        Assert.Equal(EventType.PriceMove, e.Type);
        Assert.Equal("2026-06", e.Date.ToString());
    }

    [Fact]
    public void Extract_MilestoneNamingNoCommodity_TakesTheNearestEarlierSentences()
    {
        // Given a feature whose lead names no commodity and whose news sentence names only the deposit (2023-09-22 is a Friday)
        var text = "The deposit sits under farmland near a lake.\nIt was drilled in the 2010s.\nNorra Kärr is rich in dysprosium and terbium.\n"
            + "On Tuesday a court granted Norra Kärr an environmental permit for a trial mine.";

        var result = Extract(text, "2023-09-22");

        // Then the permit is a project milestone in Sweden (the deposit's country) about the two elements named just before
        var e = Assert.Single(result.Events);
        Assert.Equal(EventType.ProjectMilestone, e.Type);
        Assert.Equal(["SWE"], e.Countries);
        Assert.Equal(["dysprosium", "terbium"], e.CommodityNames);
        Assert.Equal("2023-09-19", e.Date.ToString());
    }

    [Theory]
    [InlineData("India's budget, presented on Tuesday, removes customs duty on lithium and cobalt.", "2024-07-24", EventType.Tariff, "IND", "2024-07-23")]
    [InlineData("Harita Nickel said on Tuesday it would spend $1.2 billion on a new leach line on Obi Island.", "2025-09-11", EventType.Investment, "IDN", "2025-09-09")]
    [InlineData("Itochu said on Monday it had agreed to buy a stake in a rare earth project in the Northwest Territories.", "2025-08-19", EventType.Investment, "CAN,JPN", "2025-08-18")]
    [InlineData("Geologists have identified a body of lepidolite near Keffi, the state government said on Thursday.", "2024-10-14", EventType.Discovery, "NGA", "2024-10-10")]
    public void Extract_NewTriggerAndTableRows_TypeAndLocateTheNews(string text, string published, EventType type, string countries, string date)
    {
        var result = Extract(text, published);

        var e = Assert.Single(result.Events);
        Assert.Equal(type, e.Type);
        Assert.Equal(countries.Split(','), e.Countries);
        Assert.Equal(date, e.Date.ToString());
    }
}
