using Lodestone.Data;
using Lodestone.Data.Storage;
using Lodestone.Domain.Errors;
using Lodestone.Domain.Model;
using Lodestone.News.Extraction;
using Lodestone.News.Ingestion;
using Lodestone.News.Resolution;
using Lodestone.News.Review;
using Lodestone.News.Storage;
using Lodestone.News.Tests.Evaluation;
using Lodestone.Testing;
using Microsoft.Data.Sqlite;

namespace Lodestone.News.Tests.Review;

public sealed class ProposalReviewerTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A news store holding the Ukraine–EU raw-materials MOU (July 2021), which data/agreements.csv lacks, as one pending proposal.</summary>
    /// <remarks>In the file the knowledge base of <see cref="SeededKnowledgeBase"/> lives in, as <c>--db</c> has them.</remarks>
    internal static (SqlNewsStore News, Proposal Proposal) StoreWithUkraineMou(TempDirectory dir) => StoreWithUkraineMou(dir.File("lodestone.db"));

    /// <summary>As above, in the database <paramref name="db"/> (a path or a PostgreSQL connection string).</summary>
    internal static (SqlNewsStore News, Proposal Proposal) StoreWithUkraineMou(string db)
    {
        var news = NewsStores.Open(db);
        var article = ArticleSources.ReadFile(Path.Combine(DevSet.Folder, "articles", "a18_eu_ukraine_mou.txt"), null);
        new NewsIngestor(new ArticleExtractor(DevSet.Gazetteers), new KnowledgeBaseMatcher(DefaultData.Dataset), news, TimeProvider.System).Ingest([article]);
        return (news, Assert.Single(news.Proposals("pending")));
    }

    private static async Task<SqlKnowledgeStore> SeededKnowledgeBase(TempDirectory dir) =>
        await KnowledgeBaseOpener.OpenStoreAsync(dir.File("lodestone.db"), seedIfEmpty: true, CancellationToken.None);

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
    public async Task Accept_Twice_SecondIsAConflictAndWritesNothing()
    {
        using var dir = new TempDirectory();
        var (news, proposal) = StoreWithUkraineMou(dir);
        using var _ = news;
        var kb = await SeededKnowledgeBase(dir);
        var reviewer = new ProposalReviewer(news, kb);
        await reviewer.AcceptAsync(proposal.Id, new ReviewDecision(), At);
        var count = (await kb.LoadAsync()).Agreements.Count;

        var e = await Assert.ThrowsAsync<ReviewException>(() => reviewer.AcceptAsync(proposal.Id, new ReviewDecision(), At));

        Assert.Equal(ErrorCode.Conflict, e.Code);
        Assert.StartsWith($"proposal {proposal.Id} was already accepted (2026-12-02T12:00:00", e.Message, StringComparison.Ordinal);
        Assert.Equal(count, (await kb.LoadAsync()).Agreements.Count);
        Assert.Single(news.ChangeLog());
    }

    [Fact]
    public async Task Accept_UnknownId_IsNotFound()
    {
        using var dir = new TempDirectory();
        var (news, proposal) = StoreWithUkraineMou(dir);
        using var _ = news;
        var kb = await SeededKnowledgeBase(dir);

        var e = await Assert.ThrowsAsync<ReviewException>(() => new ProposalReviewer(news, kb).AcceptAsync(proposal.Id + 1, new ReviewDecision(), At));

        Assert.Equal(ErrorCode.NotFound, e.Code);
        Assert.Equal($"no proposal {proposal.Id + 1}", e.Message);
    }

    [Fact]
    public async Task Reject_AfterAccept_IsAConflictAndTheProposalStaysAccepted()
    {
        using var dir = new TempDirectory();
        var (news, proposal) = StoreWithUkraineMou(dir);
        using var _ = news;
        var kb = await SeededKnowledgeBase(dir);
        await new ProposalReviewer(news, kb).AcceptAsync(proposal.Id, new ReviewDecision(), At);

        var e = Assert.Throws<ReviewException>(() => ProposalReviewer.Reject(news, proposal.Id, At));

        Assert.Equal(ErrorCode.Conflict, e.Code);
        Assert.Equal("accepted", news.Proposal(proposal.Id)!.Status);
    }

    [Fact]
    public async Task Accept_WhenMarkingTheProposalFails_LeavesTheKnowledgeBaseUnchanged()
    {
        // Given a database that refuses the mark, after the knowledge-base record is written (as a full disk or a crash at
        // that point would): the two writes are one transaction, so the record must not outlive the failed mark
        using var dir = new TempDirectory();
        var (news, proposal) = StoreWithUkraineMou(dir);
        using var _ = news;
        var kb = await SeededKnowledgeBase(dir);
        var before = await kb.LoadFactsAsync();
        using (var connection = new SqliteConnection("Data Source=" + dir.File("lodestone.db")))
        {
            connection.Open();
            using var trigger = connection.CreateCommand();
            trigger.CommandText = "CREATE TRIGGER refuse_mark BEFORE UPDATE ON news_proposals BEGIN SELECT RAISE(ABORT, 'mark refused (simulated)'); END";
            trigger.ExecuteNonQuery();
        }

        // When
        var e = await Assert.ThrowsAsync<SqliteException>(() => new ProposalReviewer(news, kb).AcceptAsync(proposal.Id, new ReviewDecision(), At));

        // Then
        Assert.Contains("mark refused (simulated)", e.Message, StringComparison.Ordinal);
        Assert.Equivalent(before.Agreements, (await kb.LoadFactsAsync()).Agreements);
        Assert.Equal(before.Sources.Count, (await kb.LoadFactsAsync()).Sources.Count);
        Assert.Equal("pending", news.Proposal(proposal.Id)!.Status);
        Assert.Empty(news.ChangeLog());
    }

    [Fact]
    public async Task Accept_RecordLeftByAnOlderBuildStoppedBetweenItsTwoCommits_FinishesTheAccept()
    {
        // Given a proposal whose record an interrupted accept of an older build (two commits) already wrote to the knowledge base
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
