using Lodestone.Data.Storage;
using Lodestone.Testing;
using Xunit.Abstractions;

namespace Lodestone.Data.Tests.Jobs;

/// <summary>The job-queue suite on PostgreSQL: a fresh schema per store in the run's throwaway database.</summary>
public sealed class PostgresJobStoreTests(PostgresFixture postgres, ITestOutputHelper output)
    : JobStoreSuite(output), IClassFixture<PostgresFixture>
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
        return new StoreTarget(StoreBackend.Postgres, postgres.NewSchemaAsync().GetAwaiter().GetResult(), "test schema");
    }
}
