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

    /// <summary>Opens <paramref name="db"/> the way <c>lodestone serve --db</c> does.</summary>
    public static Func<CancellationToken, Task<Dataset>> Opener(string db) => ct => KnowledgeBaseOpener.OpenAsync(db, ct);

    /// <summary>The shipped default dataset, for tests that do not exercise a store.</summary>
    public static Func<CancellationToken, Task<Dataset>> Default => _ => Task.FromResult(DefaultData.Dataset);
}
