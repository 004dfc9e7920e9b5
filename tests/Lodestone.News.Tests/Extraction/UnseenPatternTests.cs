using Lodestone.News.Extraction;
using Lodestone.News.Model;
using Lodestone.News.Tests.Evaluation;

namespace Lodestone.News.Tests.Extraction;

/// <summary>
/// One test per kind of failure issue 13 reports on unseen articles, each on a short article written for the test
/// (not taken from the corpus), with the expected values worked out by reading it.
/// </summary>
public sealed class UnseenPatternTests
{
    private static ArticleExtraction Extract(string text, DateOnly published) =>
        new ArticleExtractor(DevSet.Gazetteers).Extract(text, null, published);

    [Fact]
    public void Extract_NoEventTrigger_StillFindsTheLeadCountriesAndCommodities()
    {
        // Given an article whose lead states a fact no trigger types (a market share), naming Chile and lithium
        var text = "Chile's share of world lithium supply is shrinking as Argentine brines grow.\nAnalysts see the trend continuing.";

        // When it is extracted
        var result = Extract(text, new DateOnly(2026, 3, 2));

        // Then no event is invented, but the article's countries and commodity are still reported
        Assert.Empty(result.Events);
        Assert.Equal(["ARG", "CHL"], result.Countries);
        Assert.Equal(["lithium"], result.Commodities);
    }

    [Fact]
    public void Extract_PriceCollapseOfABatteryMaterial_IsAPriceMove()
    {
        // Given a price collapse written without "prices rose/fell" ("lost more than 70 percent of its value")
        var text = "Spot cobalt sulphate in China lost more than 70 percent of its value in 2023, traders said.";

        var result = Extract(text, new DateOnly(2024, 1, 8));

        var e = Assert.Single(result.Events);
        Assert.Equal(EventType.PriceMove, e.Type);
        Assert.Equal(["CHN"], e.Countries);
        Assert.Equal(["cobalt"], e.CommodityNames);
        Assert.Equal("2023", e.Date.ToString());
    }

    [Theory]
    // Why: each is a policy the unseen set showed; none names an export control, tariff or investment verb first.
    [InlineData("Peru's government on Monday unveiled a national critical minerals strategy for copper and zinc.", "2026-05-11", "PER", "2026-05-11")]
    [InlineData("Brazil's new mining law enters into force today, giving the state a stake in rare earth projects.", "2026-05-15", "BRA", "2026-05-15")]
    [InlineData("China cut its first-batch tungsten mining quota by 6% on Wednesday, the industry ministry said.", "2026-05-15", "CHN", "2026-05-13")]
    public void Extract_StrategyLawOrQuota_IsAPolicyWithItsDate(string text, string published, string country, string date)
    {
        var result = Extract(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));

        var e = Assert.Single(result.Events);
        Assert.Equal(EventType.Policy, e.Type);
        Assert.Equal([country], e.Countries);
        Assert.Equal(date, e.Date.ToString());
    }

    [Fact]
    public void Extract_DepositNamedByRegion_IsADiscoveryInThatCountry()
    {
        // Given a discovery whose country is given only by its region (Karaganda → Kazakhstan, places.csv)
        var text = "Geologists found a tungsten deposit holding 300,000 tonnes of ore in the Karaganda region, the ministry said on Tuesday.";

        var result = Extract(text, new DateOnly(2026, 6, 5));

        var e = Assert.Single(result.Events);
        Assert.Equal(EventType.Discovery, e.Type);
        Assert.Equal(["KAZ"], e.Countries);
        Assert.Equal(["tungsten"], e.CommodityNames);
        Assert.Equal("2026-06-02", e.Date.ToString()); // Friday 5 June 2026 → the Tuesday before is 2 June
        var q = Assert.Single(result.Quantities);
        Assert.Equal(300_000m, q.Tonnes);
        Assert.Equal(QuantityKind.Other, q.Kind);
    }

    [Fact]
    public void Extract_RareEarthElementsInALongEnumeration_AreEachCommodities()
    {
        var text = "Japan will stockpile dysprosium, terbium, samarium, gadolinium, lutetium, scandium and yttrium under a strategic stockpile plan, the trade ministry said.";

        var result = Extract(text, new DateOnly(2026, 2, 2));

        Assert.Equal(["dysprosium", "gadolinium", "lutetium", "samarium", "scandium", "terbium", "yttrium"], result.Commodities);
        Assert.Equal(["JPN"], result.Countries);
    }

    [Fact]
    public void Extract_ProductForms_NameTheirCommodity()
    {
        // Oxide, carbonate, hydroxide, concentrate, magnets and anode material all carry their commodity.
        var text = "The plant will make neodymium oxide, lithium carbonate, nickel hydroxide, tin concentrate, rare earth magnets and graphite anode material, the company said after it opened the plant in Ontario.";

        var commodities = Extract(text, new DateOnly(2026, 2, 2)).Mentions.Where(m => m.Kind == MentionKind.Commodity).Select(m => m.Value).Distinct().Order().ToList();

        Assert.Equal(["graphite", "lithium", "neodymium", "nickel", "rare earths", "tin"], commodities);
    }

    [Theory]
    // Why: a refiner named only by its company, a mine only by its name, a plant only by its town.
    [InlineData("Korea Zinc signed a germanium supply agreement on Monday.", "KOR")]
    [InlineData("Operations resumed at Mountain Pass on Monday after a power failure, and the first concentrate shipment left.", "USA")]
    [InlineData("A new lithium hydroxide plant opened in Kokkola on Monday.", "FIN")]
    public void Extract_CountryOnlyThroughCompanyMineOrTown_IsAParty(string text, string country)
    {
        var e = Assert.Single(Extract(text, new DateOnly(2026, 3, 4)).Events);

        Assert.Equal([country], e.Countries);
        Assert.Equal("2026-03-02", e.Date.ToString()); // Wednesday 4 March 2026 → Monday 2 March
    }

    [Theory]
    // Why: the relative forms the unseen set left undated; published Friday 13 March 2026.
    [InlineData("Zambia signed a copper agreement with Japan on Friday.", "2026-03-13")]
    [InlineData("Zambia signed a copper agreement with Japan earlier this month.", "2026-03")]
    [InlineData("Zambia signed a copper agreement with Japan last week.", "2026-03")] // 2–8 March: one month
    [InlineData("Zambia signed a copper agreement with Japan in the first quarter.", "2026")]
    [InlineData("Zambia will sign a copper agreement with Japan in mid-2026.", "2026")]
    public void Extract_RelativeDates_ResolveAgainstPublication(string text, string expected)
    {
        var e = Assert.Single(Extract(text, new DateOnly(2026, 3, 13)).Events);

        Assert.Equal(EventType.Agreement, e.Type);
        Assert.Equal(expected, e.Date.ToString());
    }

    [Fact]
    public void Extract_LastWeekAcrossTwoMonths_FixesOnlyTheYear()
    {
        // Published Wednesday 4 March 2026: last week ran 23 Feb – 1 Mar, two months, one year
        var e = Assert.Single(Extract("Zambia signed a copper agreement with Japan last week.", new DateOnly(2026, 3, 4)).Events);

        Assert.Equal("2026", e.Date.ToString());
    }

    [Fact]
    public void Extract_Dateline_DatesTheUndatedNewsAndIsNoParty()
    {
        // Given a wire report whose sentence gives no date: the dateline (filed 9 April, published 10 April) dates it
        var text = "SANTIAGO, April 9 (Wire) - Codelco has signed a lithium offtake agreement with a Japanese trader.";

        var e = Assert.Single(Extract(text, new DateOnly(2026, 4, 10)).Events);

        Assert.Equal(EventType.Agreement, e.Type);
        Assert.Equal("2026-04-09", e.Date.ToString());
        Assert.Equal(["CHL", "JPN"], e.Countries); // CHL through Codelco (companies.csv), not through the dateline's Santiago
        Assert.Equal("SANTIAGO, April 9 (Wire) -".Length, text.IndexOf("Codelco", StringComparison.Ordinal) - 1);
    }

    [Fact]
    public void Extract_InvestmentArticleWithBackground_GivesOnlyTheInvestment()
    {
        // Given an investment report whose later paragraphs recall agreements, export controls and a price rise as background
        var text = "Australia's export credit agency will lend $150 million to a graphite anode plant in Queensland, the government said on Monday.\n"
            + "The loan follows a critical minerals agreement signed with the United States in October 2025.\n"
            + "China had imposed export controls on graphite in December 2023, and graphite prices rose 20% in 2024.";

        var result = Extract(text, new DateOnly(2026, 6, 3));

        var e = Assert.Single(result.Events);
        Assert.Equal(EventType.Investment, e.Type);
        Assert.Equal(["AUS"], e.Countries);
        Assert.Equal(["graphite"], e.CommodityNames);
        Assert.Equal("2026-06-01", e.Date.ToString());
    }

    [Fact]
    public void Extract_PriceArticleWithControlsAsCause_GivesOnePriceMoveWithoutTheCauseCountry()
    {
        var text = "Antimony prices jumped 12% on Tuesday after China restricted exports of the metal.\n"
            + "Beijing had banned antimony shipments to the United States in December 2024.";

        var result = Extract(text, new DateOnly(2026, 6, 5));

        var e = Assert.Single(result.Events);
        Assert.Equal(EventType.PriceMove, e.Type);
        Assert.Empty(e.Countries);
        Assert.Equal("2026-06-02", e.Date.ToString());
    }

    [Theory]
    // Why: units to tonnes, and the three kinds; each value worked by hand.
    [InlineData("The refinery will have a capacity of 100 tonnes a year.", 100, QuantityKind.Capacity)]
    [InlineData("The mine shipped 12,000 t of concentrate in 2025.", 12_000, QuantityKind.Other)]
    [InlineData("Output rose to 2.5 million tonnes last year.", 2_500_000, QuantityKind.Output)]
    [InlineData("The quota was set at 40 kt.", 40_000, QuantityKind.Other)]
    [InlineData("The company produced 10 million pounds of uranium oxide.", 4535.9237, QuantityKind.Output)]
    [InlineData("The plant is designed to process 500 kg a day.", 0.5, QuantityKind.Capacity)]
    public void Extract_Quantities_AreNormalisedToTonnesWithTheirKind(string text, double tonnes, QuantityKind kind)
    {
        var q = Assert.Single(Extract(text, new DateOnly(2026, 1, 5)).Quantities);

        Assert.Equal((decimal)tonnes, q.Tonnes);
        Assert.Equal(kind, q.Kind);
    }

    [Fact]
    public void Extract_PriceIsNotAQuantity()
    {
        Assert.Empty(Extract("Tungsten traded at $40,000 a tonne, or $40 a kilogram.", new DateOnly(2026, 1, 5)).Quantities);
    }

    [Fact]
    public void Extract_SpeakerGivenByRole_IsResolvedToItsCountry()
    {
        var text = "Japan's trade minister said on Friday that Japan would halve its reliance on a single rare earth supplier within three years.";

        var claim = Assert.Single(Extract(text, new DateOnly(2026, 2, 6)).Claims);

        Assert.Equal("Japan's trade minister", claim.Speaker);
        Assert.Equal("JPN", claim.SpeakerCountry);
        Assert.Equal(36, claim.HorizonMonths);
        Assert.Equal("2029-02", claim.DueDate.ToString());
    }
}
