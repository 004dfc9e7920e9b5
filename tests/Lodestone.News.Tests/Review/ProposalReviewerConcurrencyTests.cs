using System.Globalization;
using Lodestone.Data;
using Lodestone.Data.Storage;
using Lodestone.Domain.Errors;
using Lodestone.News.Review;
using Lodestone.News.Storage;
using Lodestone.Testing;

namespace Lodestone.News.Tests.Review;

/// <summary>Reviewers deciding one proposal at the same moment, each on its own connection, on SQLite and on PostgreSQL.</summary>
public sealed class ProposalReviewerConcurrencyTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly DateTimeOffset At = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    private const int Reviewers = 6;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Accept_SameProposalBySixReviewersAtOnce_OneRecordTheOthersConflict(string backend)
    {
        // Given a seeded database with one pending proposal (the Ukraine–EU memorandum)
        using var dir = new TempDirectory();
        var db = backend == "sqlite" ? dir.File("lodestone.db") : await postgres.NewSchemaOrSkipAsync();
        var (seeded, proposal) = ProposalReviewerTests.StoreWithUkraineMou(db);
        seeded.Dispose();
        var kb = await KnowledgeBaseOpener.OpenStoreAsync(db, seedIfEmpty: true, CancellationToken.None);
        var before = (await kb.LoadFactsAsync()).Agreements.Count;
        var stores = Enumerable.Range(0, Reviewers).Select(_ => NewsStores.Connect(StoreTarget.Resolve(db))).ToList();

        // When each reviewer accepts it on its own thread, released together
        using var start = new Barrier(Reviewers);
        var outcomes = await Task.WhenAll(stores.Select(store => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            try
            {
                return (Record: (string?)new ProposalReviewer(store, kb).AcceptAsync(proposal.Id, new ReviewDecision(), At).GetAwaiter().GetResult(), Refused: (ReviewException?)null);
            }
            catch (ReviewException e)
            {
                return (null, e);
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)));
        stores.ForEach(s => s.Dispose());

        // Then exactly one accept wrote the record; every other one was refused as a conflict naming the proposal's state
        var id = "NEWS-" + proposal.Id.ToString(CultureInfo.InvariantCulture);
        Assert.Equal([id], outcomes.Where(o => o.Record is not null).Select(o => o.Record));
        var refused = outcomes.Where(o => o.Refused is not null).Select(o => o.Refused!).ToList();
        Assert.Equal(Reviewers - 1, refused.Count);
        Assert.All(refused, e =>
        {
            Assert.Equal(ErrorCode.Conflict, e.Code);
            Assert.StartsWith($"proposal {proposal.Id} was already accepted", e.Message, StringComparison.Ordinal);
        });
        var agreements = (await kb.LoadFactsAsync()).Agreements;
        Assert.Equal(before + 1, agreements.Count);
        Assert.Single(agreements, a => a.Id == id);
        using var news = NewsStores.Connect(StoreTarget.Resolve(db));
        Assert.Single(news.ChangeLog());
    }
}
