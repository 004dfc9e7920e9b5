using Lodestone.Data;
using Lodestone.Data.Storage;
using Lodestone.Domain.Model;
using Lodestone.News.Extraction;
using Lodestone.News.Ingestion;
using Lodestone.News.Resolution;
using Lodestone.News.Review;
using Lodestone.News.Storage;
using Lodestone.News.Tests.Evaluation;
using Lodestone.Testing;

namespace Lodestone.News.Tests.Review;

public sealed class ProposalReviewerTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A news store holding the Ukraine–EU raw-materials MOU (July 2021), which data/agreements.csv lacks, as one pending proposal.</summary>
    private static (SqlNewsStore News, Proposal Proposal) StoreWithUkraineMou(TempDirectory dir)
    {
        var news = NewsStores.Open(dir.File("news.db"));
        var article = ArticleSources.ReadFile(Path.Combine(DevSet.Folder, "articles", "a18_eu_ukraine_mou.txt"), null);
        new NewsIngestor(new ArticleExtractor(DevSet.Gazetteers), new KnowledgeBaseMatcher(DefaultData.Dataset), news, TimeProvider.System).Ingest([article]);
        return (news, Assert.Single(news.Proposals("pending")));
    }

    private static async Task<SqlKnowledgeStore> SeededKnowledgeBase(TempDirectory dir) =>
        await KnowledgeBaseOpener.OpenStoreAsync(dir.File("kb.db"), seedIfEmpty: true, CancellationToken.None);

    [Fact]
    public async Task Accept_Agreement_AppearsInTheKnowledgeBaseCitingTheArticle()
    {
        // Given
        using var dir = new TempDirectory();
        var (news, proposal) = StoreWithUkraineMou(dir);
        using var _ = news;
        var kb = await SeededKnowledgeBase(dir);
        var before = (await kb.LoadAsync()).Agreements.Count;

        // When
        var id = await new ProposalReviewer(news, kb).AcceptAsync(proposal.Id, new ReviewDecision(), At);

        // Then: one more agreement, dated and partied as the article says (13 July 2021 was the Tuesday before the
        // 14 July article), covering the two commodities it names, cited to the article by title and date
        var dataset = await kb.LoadAsync();
        Assert.Equal(before + 1, dataset.Agreements.Count);
        var agreement = Assert.Single(dataset.Agreements, a => a.Id == id);
        Assert.Equal("2021-07-13", agreement.Date.ToString());
        Assert.Equal([new Iso3("UKR")], agreement.Parties);
        Assert.Equal(["lithium", "titanium"], agreement.Commodities.Order(StringComparer.Ordinal));
        var source = dataset.Sources[agreement.SourceId];
        Assert.Equal("Ukraine and the EU sign raw materials memorandum", source.Title);
        Assert.Equal("2021-07-14", source.Published.ToString());
        Assert.Empty(news.Proposals("pending"));
        Assert.Single(news.ChangeLog());
    }

    [Fact]
    public async Task Accept_Twice_SecondIsRefusedAndWritesNothing()
    {
        using var dir = new TempDirectory();
        var (news, proposal) = StoreWithUkraineMou(dir);
        using var _ = news;
        var kb = await SeededKnowledgeBase(dir);
        var reviewer = new ProposalReviewer(news, kb);
        await reviewer.AcceptAsync(proposal.Id, new ReviewDecision(), At);
        var count = (await kb.LoadAsync()).Agreements.Count;

        var e = await Assert.ThrowsAsync<ReviewException>(() => reviewer.AcceptAsync(proposal.Id, new ReviewDecision(), At));

        Assert.Equal($"no pending proposal {proposal.Id}", e.Message);
        Assert.Equal(count, (await kb.LoadAsync()).Agreements.Count);
    }

    [Fact]
    public async Task Accept_AfterAStopBetweenTheKnowledgeBaseWriteAndTheMark_FinishesTheAccept()
    {
        // Given a proposal whose record an interrupted accept already wrote to the knowledge base (killed before marking it)
        using var dir = new TempDirectory();
        var (news, proposal) = StoreWithUkraineMou(dir);
        using var _ = news;
        var kb = await SeededKnowledgeBase(dir);
        await kb.ImportAsync(ProposalRecords.ToFacts(proposal, new ReviewDecision()));
        var count = (await kb.LoadAsync()).Agreements.Count;

        // When it is accepted again
        var id = await new ProposalReviewer(news, kb).AcceptAsync(proposal.Id, new ReviewDecision(), At);

        // Then the accept completes: the proposal is accepted and logged once, the record is there once
        Assert.Equal("NEWS-" + proposal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), id);
        Assert.Empty(news.Proposals("pending"));
        Assert.Single(news.ChangeLog());
        Assert.Equal(count, (await kb.LoadAsync()).Agreements.Count);
    }

    private static Proposal ExportControlProposal(string parties) => new(
        7, 3, "export_control", "pending",
        $$$"""{"type":"export_control","date":"2023-07-03","parties":[{{{parties}}}],"commodities":["gallium","germanium"],"amount":null,"summary":"China restricts exports.","source":{"location":"x.txt","url":"https://example.org/a","title":"Controls","published":"2023-07-04"}}""",
        "2026-12-02", null);

    [Fact]
    public void ExportControl_NamingTwoCountries_NeedsTheReviewerToNameTheImposer()
    {
        // Given an article naming China and the United States: which one imposes is not the code's guess to make
        var proposal = ExportControlProposal("\"CHN\",\"USA\"");

        // When / Then
        var e = Assert.Throws<ReviewException>(() => ProposalRecords.ToFacts(proposal, new ReviewDecision()));
        Assert.Contains("CHN, USA", e.Message, StringComparison.Ordinal);
        Assert.Contains("--imposing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportControl_WithImposerNamed_IsRecordedAsReportedWithItsSource()
    {
        var proposal = ExportControlProposal("\"CHN\",\"USA\"");

        var facts = ProposalRecords.ToFacts(proposal, new ReviewDecision(new Iso3("CHN"), "licence requirement"));

        var control = Assert.Single(facts.ExportControls);
        Assert.Equal(new Iso3("CHN"), control.Imposing);
        Assert.Equal("licence requirement", control.MeasureType);
        Assert.Equal("reported", control.Status);
        Assert.Equal("2023-07-03", control.StatusAsOf.ToString());
        var source = Assert.Single(facts.Sources);
        Assert.Equal(source.Id, control.SourceId);
        Assert.Equal("https://example.org/a", source.Url);
        Assert.Equal("example.org", source.Publisher);
    }

    [Fact]
    public void Agreement_WithoutDate_IsRefusedNamingTheMissingField()
    {
        var proposal = new Proposal(9, 4, "agreement", "pending",
            """{"type":"agreement","date":null,"parties":["UKR"],"commodities":[],"summary":"s","source":{"title":"t","url":null}}""", "2026-12-02", null);

        var e = Assert.Throws<ReviewException>(() => ProposalRecords.ToFacts(proposal, new ReviewDecision()));

        Assert.Contains("no date", e.Message, StringComparison.Ordinal);
    }
}
