using Lodestone.Data.Storage;
using Lodestone.Testing;
using Xunit.Abstractions;

namespace Lodestone.Data.Tests.Storage;

/// <summary>The storage suite on PostgreSQL: a fresh schema per store in the run's throwaway database.</summary>
public sealed class PostgresKnowledgeStoreTests(PostgresFixture postgres, ITestOutputHelper output)
    : KnowledgeStoreSuite(output), IClassFixture<PostgresFixture>
{
    protected override async Task<SqlKnowledgeStore> NewStoreAsync() =>
        new PostgresKnowledgeStore(await postgres.NewSchemaOrSkipAsync(), DataPaths.DefaultDataDirectory);
}
