using Lodestone.Data.Storage;
using Lodestone.Testing;
using Xunit.Abstractions;

namespace Lodestone.Data.Tests.Jobs;

/// <summary>The job-queue suite on PostgreSQL: a fresh schema per store in the run's throwaway database.</summary>
public sealed class PostgresJobStoreTests(PostgresFixture postgres, ITestOutputHelper output)
    : JobStoreSuite(output), IClassFixture<PostgresFixture>
{
    protected override StoreTarget NewTarget() =>
        new(StoreBackend.Postgres, postgres.NewSchemaOrSkipAsync().GetAwaiter().GetResult(), "test schema");
}
