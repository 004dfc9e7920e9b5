using Lodestone.Data.Storage;
using Xunit.Abstractions;

namespace Lodestone.Data.Tests.Storage;

/// <summary>The storage suite on SQLite: a fresh database file per store.</summary>
public sealed class SqliteKnowledgeStoreTests(ITestOutputHelper output) : KnowledgeStoreSuite(output)
{
    protected override Task<SqlKnowledgeStore> NewStoreAsync() =>
        Task.FromResult<SqlKnowledgeStore>(new SqliteKnowledgeStore(
            Path.Combine(TempPath, "db-" + Guid.NewGuid().ToString("N")[..8], "lodestone.db"), DataPaths.DefaultDataDirectory));
}
