using System.Globalization;
using Lodestone.News.Extraction;
using Lodestone.News.Model;
using Lodestone.News.Tests.Evaluation;

namespace Lodestone.News.Tests.Extraction;

/// <summary>
/// The mechanisms added after the tenth train batch (issue 13, 2026-12-05, n297–n312, labelled before the extractor
/// ran on them): each case is a train article (named) or a sentence written here for the same kind; expected values are
/// worked out by reading it, with weekdays counted back from the publication date.
/// </summary>
public sealed class TenthBatchPatternTests
{
    private static ArticleExtraction Extract(string text, string published) =>
        new ArticleExtractor(DevSet.Gazetteers)
            .Extract(text, null, DateOnly.Parse(published, CultureInfo.InvariantCulture));

    private static string Body(string file)
    {
        var text = File.ReadAllText(Path.Combine(Corpus.Folder, "train", file));
        return text[(text.IndexOf("\n\n", StringComparison.Ordinal) + 2)..];
    }

    [Theory]
    // n297: Milei (Argentina) and Boric (Chile) "sat down in Santiago on Monday"; 2024-08-28 is a Wednesday: the 26th
    [InlineData("n297_milei_boric_santiago_lithium_a.txt", "2024-08-28", "ARG,CHL", "2024-08-26")]
    // n299: Ruto (Kenya) and Widodo (Indonesia) "discussed nickel and cobalt processing during Widodo's visit to
    // Nairobi on Monday"; 2023-08-23 is a Wednesday: the 21st
    [InlineData("n299_ruto_widodo_nairobi_nickel.txt", "2023-08-23", "IDN,KEN", "2023-08-21")]
    // n300: Albanese (Australia) and Modi (India) "agreed at talks in Ahmedabad on Thursday"; 2023-03-10 is a Friday
    [InlineData("n300_albanese_modi_ahmedabad_b.txt", "2023-03-10", "AUS,IND", "2023-03-09")]
    public void Extract_LeadersSittingDownDiscussingOrAgreeing_IsASummit(
        string file, string published, string countries, string date)
    {
        var e = Assert.Single(Extract(Body(file), published).Events);

        Assert.Equal(EventType.Summit, e.Type);
        Assert.Equal(countries.Split(','), e.Countries);
        Assert.Equal(date, e.Date.ToString());
    }

    [Fact]
    public void Extract_LeaderSittingDownWithThePresidentsOfOthers_IsASummitOfAllOfThem()
    {
        // Written here: one head of state with the heads of two other countries (a plural title on the other side)
        var e = Assert.Single(Extract(
            "Chinese President Xi Jinping sat down with the prime ministers of Vietnam and Laos on Friday to discuss "
            + "rare earths and bauxite.", "2025-06-16").Events);

        Assert.Equal(EventType.Summit, e.Type);
        Assert.Equal(["CHN", "LAO", "VNM"], e.Countries);
        Assert.Equal("2025-06-13", e.Date.ToString());
    }

    [Theory]
    // Leaders who talk by phone did not meet; officials who discuss are no summit either (sentences written here).
    [InlineData("U.S. President Donald Trump and Chinese President Xi Jinping discussed rare earths in a phone call "
        + "on Tuesday.")]
    [InlineData("Japan's trade minister and Chile's mining minister discussed lithium supply in Tokyo on Tuesday.")]
    public void Extract_LeadersOnThePhoneOrOfficialsTalking_IsNoSummit(string sentence) =>
        Assert.DoesNotContain(Extract(sentence, "2025-10-16").Events, e => e.Type == EventType.Summit);

    [Fact]
    public void Extract_OfficialsMeetingWithoutOutcome_GivesNoModelEventButKeepsItsSubjects()
    {
        // n310: Indonesia's energy minister met the U.S. ambassador to discuss nickel exports; talks will continue
        var result = Extract(Body("n310_bahlil_ambassador_no_deal.txt"), "2025-04-16");

        Assert.Empty(result.Events);
        var countries = result.Subjects.Where(m => m.Kind == MentionKind.Country).Select(m => m.Value).Distinct();
        Assert.Equal(["IDN", "USA"], countries.Order());
        Assert.Contains(result.Subjects, m => m.Kind == MentionKind.Commodity && m.Value == "nickel");
    }

    [Theory]
    // n304: "the Ravensthorpe nickel-cobalt mine in Western Australia"
    [InlineData("n304_ravensthorpe_care_maintenance.txt", "2024-01-24", "cobalt,nickel")]
    // n305: "the Hemerdon tungsten-tin mine near Plymouth"
    [InlineData("n305_hemerdon_tungsten_tin_restart_a.txt", "2026-03-19", "tin,tungsten")]
    // n306: "the San Cristobal silver-zinc-lead mine in Potosi"
    [InlineData("n306_san_cristobal_walkout.txt", "2025-09-15", "lead,silver,zinc")]
    public void Extract_CommoditiesJoinedBeforeAMiningNoun_AreEachACommodity(
        string file, string published, string commodities) =>
        Assert.Equal(commodities.Split(','), Assert.Single(Extract(Body(file), published).Events).CommodityNames);

    [Fact]
    public void Extract_AnAlloyNameBeforeAProductNoun_StaysNoCommodity()
    {
        // Written here: "samarium-cobalt magnets" is an alloy, not a mine of two commodities
        var e = Assert.Single(Extract(
            "Arnold Magnetic Technologies opened a samarium-cobalt magnet line in Switzerland on Monday.",
            "2025-03-05").Events);

        Assert.DoesNotContain("cobalt", e.CommodityNames);
        Assert.DoesNotContain("samarium", e.CommodityNames);
    }

    [Fact]
    public void Extract_CompanyApprovingAnAmountForAProject_IsAnInvestmentDatedWhenItSaidSo()
    {
        // n301: "said on Wednesday it had approved $2.5 billion for its Rincon lithium project …, with first production
        // expected in the first quarter of 2028": the approval is the news (2024-12-06 is a Friday: Wednesday the 4th);
        // the quarter is when output is due, not the event's date
        var e = Assert.Single(Extract(Body("n301_rincon_approval_first_quarter.txt"), "2024-12-06").Events);

        Assert.Equal(EventType.Investment, e.Type);
        Assert.Equal("2024-12-04", e.Date.ToString());
        Assert.Equal(["ARG", "GBR"], e.Countries);
    }

    [Theory]
    // n312: "the Sepon mine in Savannakhet province" (places.csv: Laos)
    [InlineData("n312_sepon_concentrator_fire_a.txt", "2025-02-21", "LAO")]
    // n305: "near Plymouth, in south-west England" (places.csv: England in the United Kingdom)
    [InlineData("n305_hemerdon_tungsten_tin_restart_a.txt", "2026-03-19", "GBR")]
    public void Extract_MineOrRegionOnly_GivesItsCountry(string file, string published, string country) =>
        Assert.Equal([country], Assert.Single(Extract(Body(file), published).Events).Countries);
}
