using Lodestone.Data.Storage;
using Lodestone.Testing;

namespace Lodestone.Data.Tests.Storage;

public class KnowledgeBaseOpenerTests
{
    [Fact]
    public async Task OpenAsync_NewSqlitePath_CreatesDirectorySeedsAndLoadsTheDefaultDataset()
    {
        // Given a path whose directory does not exist yet
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "nested", "kb.db");

        // When the knowledge base is opened twice (the second run must not seed again)
        var first = await KnowledgeBaseOpener.OpenAsync(path, CancellationToken.None);
        var second = await KnowledgeBaseOpener.OpenAsync(path, CancellationToken.None);

        // Then both hold the default dataset's 1,344 production + 78 capacity facts (counted in DatasetLoaderTests)
        Assert.True(File.Exists(path));
        Assert.Equal(1344 + 78, first.Production.Count);
        Assert.Equal(1344 + 78, second.Production.Count);
    }

    [Fact]
    public async Task OpenAsync_StoreSeededFromOtherShippedData_IsReseededFromTheCurrentData()
    {
        // Given a store seeded from "older shipped data" (two hand-written production rows, another fingerprint)
        using var temp = new TempDirectory();
        var path = temp.File("kb.db");
        var store = new SqliteKnowledgeStore(path, DataPaths.DefaultDataDirectory);
        await store.MigrateAsync();
        await store.SeedAsync(EdgeFacts.Create(), "0000000000000000");

        // When it is opened
        var dataset = await KnowledgeBaseOpener.OpenAsync(path, CancellationToken.None);

        // Then it holds the current data/ (1,344 production + 78 capacity facts) and records the current fingerprint
        Assert.Equal(1344 + 78, dataset.Production.Count);
        Assert.Equal("seed:" + DataFingerprint.Of(DataPaths.DefaultDataDirectory), await store.OriginAsync());
    }

    [Fact]
    public async Task OpenAsync_StoreWithUserImports_IsNeverReseeded()
    {
        // Given a store whose content a user imported
        using var temp = new TempDirectory();
        var path = temp.File("kb.db");
        var store = new SqliteKnowledgeStore(path, DataPaths.DefaultDataDirectory);
        await store.MigrateAsync();
        await store.ImportAsync(EdgeFacts.Create());

        // When it is opened
        var dataset = await KnowledgeBaseOpener.OpenAsync(path, CancellationToken.None);

        // Then it still holds exactly the user's two production rows
        Assert.Equal(2, dataset.Production.Count);
        Assert.Equal(SqlKnowledgeStore.UserOrigin, await store.OriginAsync());
    }

    [Fact]
    public async Task OpenStoreAsync_UnreachablePostgres_ThrowsStoreUnavailable()
    {
        // Port 1 on loopback: nothing listens there.
        await Assert.ThrowsAsync<StoreUnavailableException>(() =>
            KnowledgeBaseOpener.OpenStoreAsync("postgres://nobody@127.0.0.1:1/none", seedIfEmpty: false, CancellationToken.None));
    }
}
