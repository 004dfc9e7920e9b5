using System.Globalization;
using Lodestone.News.Extraction;
using Lodestone.News.Model;
using Lodestone.News.Tests.Evaluation;

namespace Lodestone.News.Tests.Extraction;

/// <summary>
/// The rules added after the third round of new articles (issue 13, 2026-12-04): each case is a sentence of one of the
/// 24 new train/dev articles (named in the comment), run before the rule existed and missed; the expected values are
/// worked out by reading it, with weekdays counted back from the publication date.
/// </summary>
public sealed class ThirdRoundPatternTests
{
    private static ArticleExtraction Extract(string text, string published) =>
        new ArticleExtractor(DevSet.Gazetteers).Extract(text, null, DateOnly.Parse(published, CultureInfo.InvariantCulture));

    [Theory]
    // n169: a price-like noun other than "price" (payables) with "sank"; 2025-02-14 is a Friday, Wednesday the 12th.
    [InlineData("Payables for cobalt hydroxide shipped from the Democratic Republic of Congo sank to a record low on Wednesday, as refiners held off buying.", "2025-02-14", EventType.PriceMove, "COD", "2025-02-12")]
    // n170: a government body endorsing a blueprint; the undated lead takes the dateline's date.
    [InlineData("NAIROBI, July 1 (Wire) - Kenya's cabinet endorsed a ten-year critical minerals blueprint, setting out plans to map the Mrima Hill niobium deposit.", "2023-07-03", EventType.Policy, "KEN", "2023-07-01")]
    // n171: a law that "became effective"; 2024-10-01 is a Tuesday.
    [InlineData("Mongolia's amended Minerals Law became effective on Tuesday, giving the state a stake in copper deposits.", "2024-10-01", EventType.Policy, "MNG", "2024-10-01")]
    // n188: a prime minister approving a plan "earlier this month" (April 2026).
    [InlineData("Vietnam's prime minister approved a plan earlier this month to develop the country's rare earth industry, the government said on Thursday.", "2026-04-10", EventType.Policy, "VNM", "2026-04")]
    // n173: a clay body "located" in a region named without its country; 2022-11-02 is a Wednesday.
    [InlineData("State geologists have located a large lithium-bearing clay body in the Sonora desert, the regional government said on Wednesday.", "2022-11-02", EventType.Discovery, "MEX", "2022-11-02")]
    // n190: a resource "outlined" in tonnes; 2024-06-07 is a Friday, Thursday the 6th.
    [InlineData("Rare Earths Norway said on Thursday it had outlined 8.8 million tonnes of total rare earth oxides at the Fen carbonatite complex.", "2024-06-07", EventType.Discovery, "NOR", "2024-06-06")]
    // n176: "shipped its first" from a plant of a company and mine new to the tables; 2026-03-02 is a Monday.
    [InlineData("Sigma Lithium said on Monday that its second plant at Grota do Cirilo had shipped its first 15,000 tonnes of lithium concentrate.", "2026-03-02", EventType.ProjectMilestone, "BRA,CAN", "2026-03-02")]
    // n182: "started up" a unit; 2019-06-12 is a Wednesday, Tuesday the 11th.
    [InlineData("Rusal said it had started up a scandium oxide unit at its Urals refinery on Tuesday.", "2019-06-12", EventType.ProjectMilestone, "RUS", "2019-06-11")]
    // n177: a walkout at a mine known only by name; 2024-05-31 is a Friday, Thursday the 30th.
    [InlineData("Unionised workers at the Cerro Verde copper mine walked off the job on Thursday over a bonus dispute, the union said.", "2024-05-31", EventType.Other, "PER", "2024-05-30")]
    // n178: a fire at a smelter in a city; 2023-11-17 is a Friday, Wednesday the 15th.
    [InlineData("A fire broke out on Wednesday at the copper smelter in Hamburg, forcing its operator to stop two of its anode lines.", "2023-11-17", EventType.Other, "DEU", "2023-11-15")]
    // n183: construction halted; the output figure sits in the cause clause.
    [InlineData("IGO said on Thursday it would halt construction of the second processing train at the Kwinana lithium hydroxide refinery, after the first train produced only 2,100 tonnes.", "2024-07-19", EventType.Other, "AUS", "2024-07-18")]
    // n189: inspectors suspending work in a state of Brazil; 2020-09-04 is a Friday, Tuesday the 1st.
    [InlineData("Mine inspectors suspended work at two bauxite pits near Paragominas, in Pará state, on Tuesday after a tailings dam showed cracks.", "2020-09-04", EventType.Other, "BRA", "2020-09-01")]
    // n179: granting export licences relaxes a control; 2025-06-06 is a Friday, Thursday the 5th.
    [InlineData("China has started granting export licences for rare earth magnets to some foreign buyers, the commerce ministry said on Thursday.", "2025-06-06", EventType.ExportControlRelaxation, "CHN", "2025-06-05")]
    // n185: "provisional duties of between 18% and 36%" is a tariff; the dateline dates it.
    [InlineData("BRUSSELS, Aug 28 (Wire) - The European Commission set provisional duties of between 18% and 36% on silicon metal imported from China.", "2025-08-29", EventType.Tariff, "CHN", "2025-08-28")]
    // n186: money "ploughed into" a smelter; 2022-04-01 is a Friday, Thursday 31 March.
    [InlineData("Ivanhoe Mines will plough $1.2 billion into a copper smelter at its Kamoa-Kakula complex in the Democratic Republic of Congo, the company said on Thursday.", "2022-04-01", EventType.Investment, "CAN,COD", "2022-03-31")]
    // Fourth batch (written after the rules above, missed by them): n193, a % change to a unit price; 2024-03-22 is a
    // Friday, so "this week" is 18–22 March.
    [InlineData("Battery-grade lithium carbonate on China's Guangzhou Futures Exchange shed 6% this week to 108,000 yuan a tonne, as lepidolite miners in Yichun restarted output.", "2024-03-22", EventType.PriceMove, "CHN", "2024-03")]
    // n197: "will finance a plant"; the dateline's Monday is 3 February 2025.
    [InlineData("SEOUL, Feb 3 (Wire) - Samsung SDI will finance a plant in Indiana with General Motors that will make 30,000 tonnes a year of nickel-rich cathode material, the companies said on Monday.", "2025-02-04", EventType.Investment, "KOR,USA", "2025-02-03")]
    // n198: "a 30% levy on imported …"; 2025-03-04 is a Tuesday.
    [InlineData("Mexico slapped a 30% levy on imported Chinese zinc and aluminium products on Monday, the economy ministry said.", "2025-03-04", EventType.Tariff, "CHN,MEX", "2025-03-03")]
    // n200: "flooded" over the weekend of 29–30 November 2025 (published Monday 1 December): the month.
    [InlineData("Torrential rain over the weekend flooded parts of the Grasberg block cave, halting ore haulage for at least a week, Freeport Indonesia said on Monday.", "2025-12-01", EventType.Other, "IDN", "2025-11")]
    // n203: a finding verb whose object names commodities ("found rare earth elements including …").
    [InlineData("The Geological Survey of India said on Monday it had found rare earth elements including lanthanum and cerium in the Anantapur district of Andhra Pradesh.", "2023-05-16", EventType.Discovery, "IND", "2023-05-15")]
    // n208: leaders who "met", named as a group and listed; 2024-09-23 is a Monday, Saturday the 21st.
    [InlineData("Leaders of the Quad - the United States, Japan, India and Australia - met in Wilmington, Delaware, on Saturday, where they discussed supplies of critical minerals.", "2024-09-23", EventType.Summit, "AUS,IND,JPN,USA", "2024-09-21")]
    // n209: inspectors ordering smelters to "pause operations" from a past Monday (18 November 2024).
    [InlineData("Safety inspectors ordered several antimony smelters in Hunan to pause operations from Monday, traders said.", "2024-11-20", EventType.Other, "CHN", "2024-11-18")]
    public void Extract_PhrasingNewToTheRules_TypesDatesAndLocatesTheNews(string text, string published, EventType type, string countries, string date)
    {
        var result = Extract(text, published);

        var e = Assert.Single(result.Events);
        Assert.Equal(type, e.Type);
        Assert.Equal(countries.Split(','), e.Countries);
        Assert.Equal(date, e.Date.ToString());
    }

    [Fact]
    public void Extract_QuotaForAYear_IsDatedByTheAnnouncementNotTheYearItCovers()
    {
        // Given n172: a quota "for 2026" announced on Friday 2 January 2026 (2026-01-05 is a Monday)
        var result = Extract(
            "Indonesia will lower its nickel ore mining quota for 2026 to about 250 million wet tonnes from the 379 million tonnes approved for 2025, the energy and mineral resources ministry said on Friday.",
            "2026-01-05");

        // Then the policy is dated by the announcement, and both quotas are quantities of kind "other"
        var e = Assert.Single(result.Events);
        Assert.Equal(EventType.Policy, e.Type);
        Assert.Equal("2026-01-02", e.Date.ToString());
        Assert.Equal(new[] { (QuantityKind.Other, 250_000_000m), (QuantityKind.Other, 379_000_000m) }, result.Quantities.Select(q => (q.Kind, q.Tonnes)));
    }

    [Fact]
    public void Extract_PluperfectInReportedSpeech_IsTheNewsNotBackground()
    {
        // Given n174: a feature whose news sentence is not the lead and reports "said it had produced"
        var text = "For years the separation plant in the port city of Kuantan shipped mostly lanthanum and cerium.\n"
            + "Lynas Rare Earths said it had produced its first batches of dysprosium and terbium oxide at its Malaysian plant.";

        var result = Extract(text, "2024-12-02");

        // Then the first production is the event, in Australia (Lynas) and Malaysia, about the two heavy elements
        var e = Assert.Single(result.Events);
        Assert.Equal(EventType.ProjectMilestone, e.Type);
        Assert.Equal(["AUS", "MYS"], e.Countries);
        Assert.Equal(["dysprosium", "terbium"], e.CommodityNames);
    }

    [Fact]
    public void Extract_PurposeOfProtectionAgainstControls_IsNotAnExportControlNorItsCountry()
    {
        // Given n191: a stockpile policy whose purpose clause names China's export curbs (2023-01-09 is a Monday)
        var result = Extract(
            "Japan's trade minister said on Monday the government would build a national stockpile of gallium and germanium, drawing on a 15 billion yen fund, to cushion industry against export curbs by China.",
            "2023-01-09");

        // Then the news is Japan's policy; China, named only in the purpose, is no party
        var e = Assert.Single(result.Events);
        Assert.Equal(EventType.Policy, e.Type);
        Assert.Equal(["JPN"], e.Countries);
        Assert.Equal(["gallium", "germanium"], e.CommodityNames);
        Assert.Equal("2023-01-09", e.Date.ToString());
    }

    [Fact]
    public void Extract_CatalogueProductByItsFullName_IsACommodityUnlessItQualifiesANoun()
    {
        // Given n187: tariffs on lithium-ion batteries (2024-05-15 is a Wednesday, Tuesday the 14th), and n092's
        // "lithium-ion battery anodes", where the battery only says what the anode material is for
        var tariff = Extract("The White House raised tariffs on Chinese lithium-ion batteries for electric vehicles to 25% from 7.5% on Tuesday.", "2024-05-15");
        var anodes = Extract("The U.S. Commerce Department on Thursday announced a duty on imports of active anode material from China, a graphite product used in lithium-ion battery anodes.", "2025-07-18");

        // Then the batteries are the tariff's commodity (and the White House gives the United States); the anodes' are graphite only
        var e = Assert.Single(tariff.Events);
        Assert.Equal(EventType.Tariff, e.Type);
        Assert.Equal(["lithium-ion batteries"], e.CommodityNames);
        Assert.Equal(["CHN", "USA"], e.Countries);
        Assert.Equal("2024-05-14", e.Date.ToString());
        Assert.Equal(["graphite"], anodes.Commodities);
    }

    [Fact]
    public void Extract_DiscoveryWhoseSentenceNamesNoKnownPlace_TakesTheLeadsCountry()
    {
        // Given n196: a feature on southern Greenland whose news names only an unknown explorer and town; 2021-10-13 is a
        // Wednesday, so "this week" is 11–13 October
        var text = "The fjords of southern Greenland have tempted miners for half a century.\n"
            + "This week a smaller explorer, Amitsoq Graphite, said its drilling had intersected thick graphite layers on an island off Nanortalik.";

        var result = Extract(text, "2021-10-13");

        // Then the find is in Greenland, the country the lead names
        var e = Assert.Single(result.Events);
        Assert.Equal(EventType.Discovery, e.Type);
        Assert.Equal(["GRL"], e.Countries);
        Assert.Equal(["graphite"], e.CommodityNames);
        Assert.Equal("2021-10", e.Date.ToString());
    }
}
