using Lodestone.Data;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Testing;

namespace Lodestone.Web.Tests.Infrastructure;

/// <summary>The knowledge bases the API suite runs against: a SQLite file always, PostgreSQL when LODESTONE_TEST_POSTGRES is set.</summary>
/// <remarks>
/// Locally a missing PostgreSQL makes the PostgreSQL cases report "skipped"; on the build server (CI=true) a missing
/// PostgreSQL fails them, so the suite cannot go green without it.
/// </remarks>
public static class KnowledgeBases
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public static TheoryData<string> All => new() { Sqlite, Postgres };

    /// <summary>The <c>--db</c> value for <paramref name="kind"/>; skips the calling test when that store is not available here.</summary>
    public static string DbFor(string kind, TempDirectory temp) => kind switch
    {
        Sqlite => temp.File("lodestone.db"),
        Postgres => Environment.GetEnvironmentVariable(PostgresFixture.Variable) is { Length: > 0 } url
            ? url
            : PostgresFixture.IsCi
                ? throw new InvalidOperationException("CI=true but LODESTONE_TEST_POSTGRES is not set: the PostgreSQL API suite must run on the build server")
                : throw new SkipException("PostgreSQL not available: LODESTONE_TEST_POSTGRES is not set"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown store kind"),
    };

    /// <summary>Opens <paramref name="db"/> the way <c>lodestone serve --db</c> does.</summary>
    public static Func<CancellationToken, Task<Dataset>> Opener(string db) => ct => KnowledgeBaseOpener.OpenAsync(db, ct);

    /// <summary>The shipped default dataset, for tests that do not exercise a store.</summary>
    public static Func<CancellationToken, Task<Dataset>> Default => _ => Task.FromResult(DefaultData.Dataset);
}
