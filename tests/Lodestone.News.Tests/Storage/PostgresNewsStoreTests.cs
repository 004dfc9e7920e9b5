using Lodestone.Data.Storage;
using Lodestone.Testing;
using Xunit.Abstractions;

namespace Lodestone.News.Tests.Storage;

/// <summary>The news-store suite on PostgreSQL: a fresh schema per store in the run's throwaway database.</summary>
public sealed class PostgresNewsStoreTests(PostgresFixture postgres, ITestOutputHelper output)
    : NewsStoreSuite(output), IClassFixture<PostgresFixture>
{
    protected override StoreTarget? NewTarget()
    {
        if (postgres.Unavailable is { } reason)
        {
            if (PostgresFixture.IsCi)
            {
                Assert.Fail("CI=true but PostgreSQL is unavailable: " + reason);
            }
            Output.WriteLine("PostgreSQL not tested here: " + reason);
            return null;
        }
        var connectionString = postgres.NewSchemaAsync().GetAwaiter().GetResult();
        return new StoreTarget(StoreBackend.Postgres, connectionString, "test schema");
    }
}
