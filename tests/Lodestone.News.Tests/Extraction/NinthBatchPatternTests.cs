using System.Globalization;
using Lodestone.News.Extraction;
using Lodestone.News.Model;
using Lodestone.News.Tests.Evaluation;

namespace Lodestone.News.Tests.Extraction;

/// <summary>
/// The mechanisms added after the ninth train batch (issue 13, 2026-12-05, n286–n296, labelled before the extractor
/// ran on them): each case is a train article (named) or a sentence written here for the same kind; expected values are
/// worked out by reading it, with weekdays counted back from the publication date.
/// </summary>
public sealed class NinthBatchPatternTests
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
    // n286: "imports … fell 12% to 6,100 tonnes last year, finance ministry data showed": statistics, labelled no
    // event
    [InlineData("n286_japan_rare_earth_imports_fall_a.txt", "2025-01-24")]
    // n065 (the eighth round's regression): "exports … rose to 900,000 tonnes last year, customs figures showed"
    [InlineData("n065_fluorspar_mongolia.txt", "2023-05-18")]
    public void Extract_TradeStatisticsLead_GivesNoEventButKeepsItsSubjects(string file, string published)
    {
        var result = Extract(Body(file), published);

        Assert.Empty(result.Events);
        Assert.NotEmpty(result.Subjects);
    }

    [Theory]
    // n287: "suspended until the end of March its ban on bauxite exports"; 2026-02-02 is a Monday, Saturday the 31st
    [InlineData("n287_guinea_suspends_bauxite_ban.txt", "2026-02-02", "GIN", "aluminum", "2026-01-31")]
    // n288: "would allow the state lithium company YLB to resume exports"; 2025-04-10 is a Thursday, Wednesday the 9th
    [InlineData("n288_bolivia_ylb_resume_exports_a.txt", "2025-04-10", "BOL", "lithium", "2025-04-09")]
    // n289: "has begun issuing general licences for exports of gallium"; 2025-12-15 is a Monday, Friday the 12th
    [InlineData("n289_gallium_general_licences.txt", "2025-12-15", "CHN", "gallium", "2025-12-12")]
    // n295: "has eased, with immediate effect, its restrictions on exports"; 2025-06-05 is a Thursday, Wednesday
    // the 4th
    [InlineData("n295_kyrgyz_antimony_eased_a.txt", "2025-06-05", "KGZ", "antimony", "2025-06-04")]
    public void Extract_ExportsLetResume_AreARelaxation(
        string file, string published, string country, string commodity, string date)
    {
        var e = Assert.Single(Extract(Body(file), published).Events);

        Assert.Equal(EventType.ExportControlRelaxation, e.Type);
        Assert.Equal([country], e.Countries);
        Assert.Equal([commodity], e.CommodityNames);
        Assert.Equal(date, e.Date.ToString());
    }

    [Theory]
    [InlineData("Nigeria barred the export of unprocessed lithium ore on Tuesday.", EventType.ExportControl)]
    [InlineData("The junta has outlawed exports of tin concentrate.", EventType.ExportControl)]
    [InlineData("The ministry will let Kamoto resume exports of cobalt hydroxide.", EventType.ExportControlRelaxation)]
    [InlineData("Congo suspended until June its ban on cobalt exports.", EventType.ExportControlRelaxation)]
    [InlineData("Construction of the Nolans rare earths project in the Northern Territory began in mid-2026.",
        EventType.ProjectMilestone)]
    public void Classify_NewPhrasingsOfKnownKinds(string sentence, EventType expected) =>
        Assert.Equal(expected, EventClassifier.Classify(sentence));

    [Fact]
    public void Extract_LeaderHoldingTalksAndSigning_IsASummitAndAnAgreement()
    {
        // n291: Boric (President, Chile) held talks with Chinh (Prime Minister, Vietnam) on Monday (2025-03-12 is a
        // Wednesday: the 10th), and the two governments signed an agreement
        var events = Extract(Body("n291_boric_chinh_hanoi_talks.txt"), "2025-03-12").Events;

        Assert.Equal([EventType.Summit, EventType.Agreement], events.Select(e => e.Type).Order());
        Assert.All(events, e => Assert.Equal("2025-03-10", e.Date.ToString()));
        Assert.All(events, e => Assert.Equal(["CHL", "VNM"], e.Countries.Order()));
    }

    [Fact]
    public void Extract_TodayInAReleaseDatelinedTheDayBefore_IsTheDatelineDay()
    {
        // n292: "Media release | Canberra, 12 June 2025 … today announced", published on the 13th
        var e = Assert.Single(Extract(Body("n292_canberra_release_today_loans_a.txt"), "2025-06-13").Events);

        Assert.Equal(EventType.Investment, e.Type);
        Assert.Equal("2025-06-12", e.Date.ToString());
    }

    [Fact]
    public void Extract_ConstructionOfANamedProjectStarted_IsAMilestone()
    {
        // n296: 2026-03-11 is a Wednesday, Monday the 9th; Uganda through "eastern Uganda"
        var e = Assert.Single(Extract(Body("n296_makuutu_construction_started_a.txt"), "2026-03-11").Events);

        Assert.Equal(EventType.ProjectMilestone, e.Type);
        Assert.Equal(["UGA"], e.Countries);
        Assert.Equal(["rare earths"], e.CommodityNames);
        Assert.Equal("2026-03-09", e.Date.ToString());
    }
}
