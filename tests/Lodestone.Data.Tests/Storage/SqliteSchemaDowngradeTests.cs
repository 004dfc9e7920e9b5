using Lodestone.Data.Loading;
using Lodestone.Data.Storage;
using Lodestone.Testing;

namespace Lodestone.Data.Tests.Storage;

/// <summary>A store a newer build migrated is refused by an older one, not misread or re-seeded over facts it does not know.</summary>
public sealed class SqliteSchemaDowngradeTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task MigrateAsync_StoreMigratedByANewerBuild_IsRefusedNamingBothVersionsAndLeftAsItWas()
    {
        // Given a seeded store whose schema_version says a newer build applied one more migration
        var path = _temp.File("kb.db");
        var store = new SqliteKnowledgeStore(path, DataPaths.DefaultDataDirectory);
        var latest = await store.MigrateAsync();
        await store.ReplaceAllAsync(FactSet.FromDataset(DefaultData.Dataset));
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + path))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"INSERT INTO schema_version (version, name, applied_at) VALUES ({latest + 1}, 'from_the_future', '2027-01-01')";
            await command.ExecuteNonQueryAsync();
        }

        // When this build opens it
        var e = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.MigrateAsync());

        // Then it is refused with both versions named, and its facts are untouched
        Assert.Contains($"version {latest + 1}, newer than this build's {latest}", e.Message, StringComparison.Ordinal);
        Assert.Equal(DefaultData.Dataset.Production.Count, (await store.LoadFactsAsync()).Production.Count);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }
}
