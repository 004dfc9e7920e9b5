using Lodestone.Data.Storage;
using Lodestone.Testing;
using Microsoft.Data.Sqlite;

namespace Lodestone.Data.Tests.Storage;

/// <summary>A SQLite store shared with a reader that holds a snapshot open, as a running server does during a load.</summary>
public sealed class SqliteConcurrencyTests
{
    [Fact]
    public async Task ImportAsync_WhileAnotherConnectionHoldsARead_CommitsWithoutWaitingForIt()
    {
        // Given a migrated store and a second connection in the middle of a read transaction
        using var dir = new TempDirectory();
        var path = dir.File("kb.db");
        var store = new SqliteKnowledgeStore(path, DataPaths.DefaultDataDirectory);
        await store.MigrateAsync();
        await using var reader = new SqliteConnection(SqliteSettings.ConnectionString(path));
        reader.Open();
        await using var read = reader.BeginTransaction(deferred: true);
        await using (var select = reader.CreateCommand())
        {
            select.Transaction = read;
            select.CommandText = "SELECT COUNT(*) FROM sources";
            Assert.Equal(0L, select.ExecuteScalar());
        }

        // When a writer imports meanwhile (with the rollback journal its commit waited for the reader, then failed
        // with "database is locked" after the busy timeout)
        await Task.Run(() => store.ImportAsync(EdgeFacts.Create())).WaitAsync(TimeSpan.FromSeconds(10));

        // Then it committed, and the reader's snapshot still sees the store as it was when its read began
        Assert.False(await store.IsEmptyAsync());
        await using var again = reader.CreateCommand();
        again.Transaction = read;
        again.CommandText = "SELECT COUNT(*) FROM sources";
        Assert.Equal(0L, again.ExecuteScalar());
    }

    [Fact]
    public async Task Open_AnyStore_PutsTheFileInWalMode()
    {
        using var dir = new TempDirectory();
        var path = dir.File("kb.db");
        await new SqliteKnowledgeStore(path, DataPaths.DefaultDataDirectory).MigrateAsync();

        await using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        await using var mode = connection.CreateCommand();
        mode.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", mode.ExecuteScalar());
    }
}
