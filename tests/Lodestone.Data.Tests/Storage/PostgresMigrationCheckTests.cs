using Lodestone.Data.Storage;
using Lodestone.Testing;
using Npgsql;

namespace Lodestone.Data.Tests.Storage;

/// <summary>The migration check of a store already at this build's version is one read: it takes no lock, so a
/// command opens its store while another process holds the migration lock (before 2026-12-05 every command ran DDL, a
/// transaction and the advisory lock: 0.5-0.7 s of `data import-baci`'s start-up on PostgreSQL under load).</summary>
public sealed class PostgresMigrationCheckTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task MigrateAsync_StoreAtTheLatestVersion_ReturnsWithoutWaitingForTheMigrationLock()
    {
        // Given a migrated store and another session holding the migration lock ("LODE", PostgresKnowledgeStore)
        var schema = await postgres.NewSchemaOrSkipAsync();
        var store = new PostgresKnowledgeStore(schema, DataPaths.DefaultDataDirectory);
        var latest = await store.MigrateAsync();
        await using var holder = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(schema).ConnectionString);
        await holder.OpenAsync();
        await using var transaction = await holder.BeginTransactionAsync();
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_xact_lock(1280263237)", holder, transaction))
        {
            await take.ExecuteNonQueryAsync();
        }

        // When the store is migrated again (a cancellation after 20 s stands for "it waited for the lock")
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var version = await store.MigrateAsync(patience.Token);

        // Then it returns the same version without having waited
        Assert.Equal(Migrations.Latest("postgres"), version);
        Assert.Equal(latest, version);
        Assert.False(patience.IsCancellationRequested);
    }
}
