using Lodestone.Data.Storage;
using Lodestone.Testing;
using Xunit.Abstractions;

namespace Lodestone.Data.Tests.Exchange;

/// <summary>The export suite on PostgreSQL: a fresh schema per store in the run's throwaway database.</summary>
public sealed class PostgresStoreExchangeTests(PostgresFixture postgres, ITestOutputHelper output)
    : StoreExchangeSuite(output), IClassFixture<PostgresFixture>
{
    protected override async Task<SqlKnowledgeStore> NewStoreAsync() =>
        new PostgresKnowledgeStore(await postgres.NewSchemaOrSkipAsync(), DataPaths.DefaultDataDirectory);
}
