using Lodestone.Data;
using Lodestone.News.Storage;
using Lodestone.Testing;
using Microsoft.Data.Sqlite;

namespace Lodestone.Cli.Tests.Crash;

/// <summary>Two <c>lodestone events review --accept</c> processes on one proposal at the same time, on SQLite and PostgreSQL.</summary>
[Collection(CrashCollection.Name)]
public sealed class ConcurrentReviewTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Accept_TwoProcessesAtOnce_OneWritesTheRecordTheOtherExits7(string backend)
    {
        // Given a seeded database with one pending proposal (the Ukraine–EU memorandum)
        using var dir = new TempDirectory();
        var db = backend == "sqlite" ? dir.File("lodestone.db") : await postgres.NewSchemaOrSkipAsync();
        var id = await CrashInputs.SeededWithPendingProposalAsync(db);

        // When two reviewers accept it at the same moment
        var runs = await Task.WhenAll(
            CliProcess.RunAsync("--db", db, "events", "review", "--accept", id),
            CliProcess.RunAsync("--db", db, "events", "review", "--accept", id));

        // Then one wrote the record; the other exits 7 (conflict) saying the proposal was already accepted
        Assert.Equal([0, 7], runs.Select(r => r.ExitCode).Order());
        Assert.Contains($"proposal {id} accepted: written to the knowledge base as NEWS-{id}", runs.Single(r => r.ExitCode == 0).Out, StringComparison.Ordinal);
        Assert.Contains($"proposal {id} was already accepted", runs.Single(r => r.ExitCode == 7).Error, StringComparison.Ordinal);
        var facts = await (await KnowledgeBaseOpener.OpenStoreAsync(db, seedIfEmpty: false, CancellationToken.None)).LoadFactsAsync();
        Assert.Single(facts.Agreements, a => a.Id == "NEWS-" + id);
        using var store = NewsStores.Open(db);
        Assert.Single(store.ChangeLog());
        SqliteConnection.ClearAllPools();
    }
}
