using Lodestone.Data.Storage;
using Lodestone.Testing;
using Xunit.Abstractions;

namespace Lodestone.Data.Tests.Watch;

/// <summary>The feed-lease and alert suite on PostgreSQL: a fresh schema per database in the run's throwaway database.</summary>
public sealed class PostgresSharedTablesTests(PostgresFixture postgres, ITestOutputHelper output)
    : SharedTablesSuite(output), IClassFixture<PostgresFixture>
{
    protected override StoreTarget NewTarget() =>
        new(StoreBackend.Postgres, postgres.NewSchemaOrSkipAsync().GetAwaiter().GetResult(), "test schema");
}
