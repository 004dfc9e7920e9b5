using Lodestone.News.Extraction;
using Lodestone.News.Model;
using Lodestone.News.Tests.Evaluation;

namespace Lodestone.News.Tests.Extraction;

public sealed class ArticleExtractorTests
{
    private static readonly DateOnly SeedPublished = new(2025, 11, 7);
    private static readonly string[] UsAndC5 = ["KAZ", "KGZ", "TJK", "TKM", "USA", "UZB"];

    private static ArticleExtraction Extract(string text, DateOnly? published = null) =>
        new ArticleExtractor(DevSet.Gazetteers).Extract(text, null, published ?? SeedPublished);

    private static string Seed(string name) => File.ReadAllText(Path.Combine(DevSet.Folder, "articles", name));

    [Fact]
    public void Extract_Seed003_FindsSummitAccordsMousAndClaim()
    {
        // Given the seed report of the 6 November 2025 meeting, published the next day (seeds README)
        var result = Extract(Seed("seed_003.txt"));

        // Then: the summit of the US and the five C5 countries on Thursday 6 November 2025
        var summit = Assert.Single(result.Events, e => e.Type == EventType.Summit);
        Assert.Equal(UsAndC5, summit.Countries);
        Assert.Equal("2025-11-06", summit.Date.ToString());
        Assert.Contains("critical minerals", summit.Topics.Select(t => t.Value));
        // Kazakhstan joining the Abraham Accords, announced the same Thursday
        var accords = Assert.Single(result.Events, e => e.Summary.Contains("Abraham", StringComparison.Ordinal));
        Assert.Equal(EventType.Agreement, accords.Type);
        Assert.Contains("KAZ", accords.Countries);
        Assert.Equal("2025-11-06", accords.Date.ToString());
        // the MOUs with Japan, Malaysia and Thailand (China named only as the influence to guard against: not a party)
        var mous = Assert.Single(result.Events, e => e.Summary.Contains("memorandums", StringComparison.Ordinal));
        Assert.Equal(["JPN", "MYS", "THA", "USA"], mous.Countries);
        Assert.Null(mous.Date);
        // the claim: "within a year and a half" = 18 months; 2025-11-07 + 18 months = 2027-05-07 → due 2027-05
        var claim = Assert.Single(result.Claims);
        Assert.Equal(18, claim.HorizonMonths);
        Assert.Equal("2027-05", claim.DueDate.ToString());
        Assert.Equal("Donald Trump", claim.Speaker);
    }

    [Fact]
    public void Extract_Seed000_FindsSummitAboutRareEarthsAndAccords()
    {
        // Given the other seed report (it states no date for the meeting)
        var result = Extract(Seed("seed_000.txt"));

        // Then the summit has the US and the C5 as parties and is about rare earths; its date stays unknown
        var summit = Assert.Single(result.Events, e => e.Type == EventType.Summit);
        Assert.Equal(UsAndC5, summit.Countries);
        Assert.Equal(["rare earths"], summit.CommodityNames);
        Assert.Null(summit.Date);
        Assert.Contains(result.Events, e => e.Type == EventType.Agreement && e.Countries.Contains("KAZ") && e.Summary.Contains("Abraham", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_EveryField_HasEvidenceInsideTheText()
    {
        // Given a seed
        var text = Seed("seed_003.txt");

        // When extracted
        var result = Extract(text);

        // Then every span points at the text it claims to
        foreach (var e in result.Events)
        {
            Assert.All(e.Parties, p => Assert.Equal(p.Text, p.Span.Of(text)));
            Assert.All(e.Evidence, s => Assert.Contains(s.Of(text), text, StringComparison.Ordinal));
            Assert.Equal(e.Summary, e.Evidence[0].Of(text));
        }
        Assert.All(result.Claims, c => Assert.Equal("within a year and a half", c.HorizonSpan.Of(text)));
    }

    [Fact]
    public void Extract_CountryNamedOnlyAsMotive_IsNotAParty()
    {
        // Given a deal signed "to cut reliance on China"
        var result = Extract("Japan and India signed an agreement on rare earths on Monday to cut reliance on China.");

        // Then China is not a party
        var e = Assert.Single(result.Events);
        Assert.Equal(["IND", "JPN"], e.Countries);
    }

    [Theory]
    // Why: "In" and "As" are element symbols but ordinary words; "US" is a country, not uranium + sulfur.
    [InlineData("In a statement, officials said As part of the plan the US will fund a gallium refinery.", "gallium")]
    // Why: metals inside alloy and product names are not mentions, nor is a product that qualifies another noun
    // ("lithium-ion batteries" alone is the catalogue product: ThirdRoundPatternTests).
    [InlineData("Prices of samarium-cobalt magnets and lithium-ion battery cells rose 10% as tungsten demand grew.", "tungsten")]
    // Why: symbols in parentheses and symbol lists are chemical context.
    [InlineData("Exports of Ga/Ge products and antimony (Sb) were banned by China.", "antimony;gallium;germanium")]
    // Why: NdPr is the neodymium–praseodymium pair; "critical minerals" is a topic, not a commodity.
    [InlineData("NdPr oxide prices in China rose 5% on critical minerals demand.", "neodymium;praseodymium")]
    public void Extract_CommodityTraps_FindOnlyRealMentions(string text, string expected)
    {
        // When extracted
        var result = Extract(text);

        // Then only the listed commodities are mentions
        var found = result.Mentions.Where(m => m.Kind == MentionKind.Commodity).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(expected.Split(';'), found);
    }

    [Fact]
    public void Extract_LinkListAndRelatedBlock_AreIgnored()
    {
        // Given prose followed by a navigation row and a "Related" list
        var text = "China banned gallium exports on Monday.\n\nMarkets | Copper | Nickel | Lithium\nRelated:\nTungsten hits record\nTin output falls\n";

        // When extracted
        var result = Extract(text);

        // Then only gallium is a commodity mention
        Assert.Equal(["gallium"], result.Mentions.Where(m => m.Kind == MentionKind.Commodity).Select(m => m.Value));
    }

    [Fact]
    public void Extract_MoneyInForeignCurrency_KeepsCurrencyAndNoUsdAmount()
    {
        // Given an AUD loan
        var result = Extract("Australia's government said it would lend A$1bn to Iluka Resources for a rare earths refinery.");

        // Then the amount is 1,000,000,000 AUD and no USD amount is invented
        var e = Assert.Single(result.Events);
        Assert.Equal(EventType.Investment, e.Type);
        Assert.Equal(1_000_000_000m, e.Amount!.Value);
        Assert.Equal("AUD", e.Amount.Currency);
        Assert.Null(e.Amount.Usd);
    }
}
