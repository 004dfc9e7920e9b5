using Lodestone.Data.Storage;
using Xunit.Abstractions;

namespace Lodestone.Data.Tests.Exchange;

/// <summary>The export suite on SQLite: a new database file per store.</summary>
public sealed class SqliteStoreExchangeTests(ITestOutputHelper output) : StoreExchangeSuite(output)
{
    protected override Task<SqlKnowledgeStore> NewStoreAsync() =>
        Task.FromResult<SqlKnowledgeStore>(new SqliteKnowledgeStore(
            Path.Combine(TempPath, "db-" + Guid.NewGuid().ToString("N")[..8], "lodestone.db"), DataPaths.DefaultDataDirectory));
}
