using Lodestone.Data.Storage;
using Lodestone.Testing;
using Xunit.Abstractions;

namespace Lodestone.News.Tests.Storage;

/// <summary>The news-store suite on PostgreSQL: a fresh schema per store in the run's throwaway database.</summary>
public sealed class PostgresNewsStoreTests(PostgresFixture postgres, ITestOutputHelper output)
    : NewsStoreSuite(output), IClassFixture<PostgresFixture>
{
    protected override StoreTarget NewTarget() =>
        new(StoreBackend.Postgres, postgres.NewSchemaOrSkipAsync().GetAwaiter().GetResult(), "test schema");
}
