using System.Globalization;
using Lodestone.Data;
using Lodestone.News.Storage;
using Lodestone.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;
using Xunit.Abstractions;

namespace Lodestone.Cli.Tests.Crash;

/// <summary>
/// Every writer killed with SIGKILL at random points of a real run: the store must then hold exactly the state before or
/// after the write (news ingest: each article whole, with its events and claims, or absent), and running the command again
/// must complete the work. Kills per writer and backend: <see cref="CrashSettings.Kills"/>.
/// </summary>
[Collection(CrashCollection.Name)]
public sealed class CrashTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly int _seed = CrashSettings.Seed;
    private int _stores;

    [Fact]
    public async Task DataImport_KilledAtRandomPoints_SqliteIsBeforeOrAfterAndReRunCompletes()
    {
        var template = await SeededSqliteAsync();
        var additions = Additions();
        await KillAsync("data import (SQLite)", SqliteLoop(template, db => ["--db", db, "data", "import", additions], StoreStates.KnowledgeBaseAsync));
    }

    [Fact]
    public async Task ImportUsgs_KilledAtRandomPoints_SqliteIsBeforeOrAfterAndReRunCompletes()
    {
        // Given a store whose production rows for the release's years were edited, so the import changes them back
        var template = await SeededSqliteAsync();
        await EditReleaseRowsAsync(template);
        await KillAsync("data import-usgs (SQLite)", SqliteLoop(template, ImportUsgsArgs, StoreStates.KnowledgeBaseAsync));
    }

    [Fact]
    public async Task NewsIngest_KilledAtRandomPoints_EveryArticleIsWholeOrAbsentAndReRunCompletes()
    {
        var template = await SeededSqliteAsync();
        NewsStores.Open(template).Dispose();
        SqliteConnection.ClearAllPools();
        await KillAsync("news ingest (SQLite)", SqliteLoop(template, NewsIngestArgs(Articles()), NewsState, EveryArticleWholeAsync));
    }

    [Fact]
    public async Task ProposalAccept_KilledAtRandomPoints_SqliteIsBeforeOrAfterAndReRunCompletes()
    {
        // Given a seeded store with one pending proposal (the Ukraine–EU raw-materials MOU, absent from agreements.csv)
        var template = NewSqlitePath();
        var id = await CrashInputs.SeededWithPendingProposalAsync(template);
        // The record, the mark and the change-log row are one transaction: no state between is allowed.
        await KillAsync("events review --accept (SQLite)", SqliteLoop(template, db => AcceptArgs(db, id), AcceptState));
    }

    [Fact]
    public async Task DataImport_KilledAtRandomPoints_PostgresIsBeforeOrAfterAndReRunCompletes()
    {
        var pg = Postgres();
        var additions = Additions();
        var template = await pg.CreateAsync();
        await SeedAsync(template);
        await KillAsync("data import (PostgreSQL)", PostgresLoop(pg, template, db => ["--db", db, "data", "import", additions], StoreStates.KnowledgeBaseAsync));
    }

    [Fact]
    public async Task ImportUsgs_KilledAtRandomPoints_PostgresIsBeforeOrAfterAndReRunCompletes()
    {
        var pg = Postgres();
        var template = await pg.CreateAsync();
        await SeedAsync(template);
        await EditReleaseRowsAsync(template);
        await KillAsync("data import-usgs (PostgreSQL)", PostgresLoop(pg, template, ImportUsgsArgs, StoreStates.KnowledgeBaseAsync));
    }

    [Fact]
    public async Task NewsIngest_KilledAtRandomPoints_PostgresEveryArticleIsWholeOrAbsentAndReRunCompletes()
    {
        var pg = Postgres();
        var template = await pg.CreateAsync();
        await SeedAsync(template);
        // Committed article by article on PostgreSQL too: each stored article has all its event links and claims.
        await KillAsync("news ingest (PostgreSQL)", PostgresLoop(pg, template, NewsIngestArgs(Articles()), NewsState, EveryArticleWholeAsync));
    }

    [Fact]
    public async Task ProposalAccept_KilledAtRandomPoints_PostgresIsBeforeOrAfterAndReRunCompletes()
    {
        // Given a seeded database with one pending proposal (the Ukraine–EU raw-materials MOU, absent from agreements.csv)
        var pg = Postgres();
        var template = await pg.CreateAsync();
        var id = await CrashInputs.SeededWithPendingProposalAsync(template);
        NpgsqlConnection.ClearAllPools();
        // One transaction on PostgreSQL too (the news store's, the knowledge base writing inside it): no state between.
        await KillAsync("events review --accept (PostgreSQL)", PostgresLoop(pg, template, db => AcceptArgs(db, id), AcceptState));
    }

    [Fact]
    public async Task ProposalAccept_KilledInsideItsTransaction_SqliteIsBeforeAndReRunCompletes()
    {
        // Given a pending proposal, and a trigger that makes marking it take seconds: the accept then spends its transaction,
        // after the knowledge-base record is written, in the mark, where the kill is aimed
        var template = await SeededSqliteAsync();
        var ingest = await CliProcess.RunAsync("--db", template, "news", "ingest", CrashInputs.UkraineMou);
        Assert.True(ingest.ExitCode == 0, ingest.Error);
        SlowMarkTrigger(template);
        string id;
        using (var news = NewsStores.Open(template))
        {
            id = Assert.Single(news.Proposals("pending")).Id.ToString(CultureInfo.InvariantCulture);
        }
        var complete = NewSqlitePath();
        StoreStates.CopySqlite(template, complete);
        Assert.Equal(0, (await CliProcess.RunAsync("--db", complete, "events", "review", "--accept", id)).ExitCode);
        var after = await StoreStates.KnowledgeBaseAsync(complete) + "\n" + StoreStates.News(complete);
        var db = NewSqlitePath();
        StoreStates.CopySqlite(template, db);
        var before = await StoreStates.KnowledgeBaseAsync(db) + "\n" + StoreStates.News(db);

        // When the CLI is killed once it has held the write lock over two probes (a second or more into its transaction)
        var busy = 0;
        var killed = await CliProcess.KillWhenAsync(() => (busy = StoreStates.SqliteWriteLockHeld(db) ? busy + 1 : 0) >= 2,
            "--db", db, "events", "review", "--accept", id);

        // Then nothing of the accept is there, and accepting again completes it
        Assert.True(killed, "the accept finished before it could be killed inside its transaction");
        Assert.True(before == await StoreStates.KnowledgeBaseAsync(db) + "\n" + StoreStates.News(db), "the kill left part of the accept");
        var rerun = await CliProcess.RunAsync("--db", db, "events", "review", "--accept", id);
        Assert.True(rerun.ExitCode == 0, rerun.Error);
        Assert.True(after == await StoreStates.KnowledgeBaseAsync(db) + "\n" + StoreStates.News(db), "the re-run did not reach the after-state");
    }

    [Fact]
    public async Task ProposalAccept_KilledWhileItsMarkWaitsOnARowLock_PostgresIsBeforeAndReRunCompletes()
    {
        // Given a pending proposal whose row another session holds FOR UPDATE: the accept writes the knowledge-base record,
        // then waits at the mark, inside its transaction; the kill lands there, seen in pg_stat_activity
        var pg = Postgres();
        var article = CrashInputs.UkraineMou;
        async Task<string> PreparedAsync()
        {
            var db = await pg.CreateAsync();
            await SeedAsync(db);
            var ingest = await CliProcess.RunAsync("--db", db, "news", "ingest", article);
            Assert.True(ingest.ExitCode == 0, ingest.Error);
            return db;
        }
        var complete = await PreparedAsync();
        string id;
        using (var news = NewsStores.Open(complete))
        {
            id = Assert.Single(news.Proposals("pending")).Id.ToString(CultureInfo.InvariantCulture);
        }
        Assert.Equal(0, (await CliProcess.RunAsync("--db", complete, "events", "review", "--accept", id)).ExitCode);
        var after = await StoreStates.KnowledgeBaseAsync(complete) + "\n" + StoreStates.News(complete);
        var db = await PreparedAsync();
        var before = await StoreStates.KnowledgeBaseAsync(db) + "\n" + StoreStates.News(db);
        await using var blocker = new NpgsqlConnection(db);
        await blocker.OpenAsync();
        var hold = await blocker.BeginTransactionAsync();
        await using (var lockRow = new NpgsqlCommand($"SELECT id FROM news_proposals WHERE id = {id} FOR UPDATE", blocker, hold))
        {
            await lockRow.ExecuteScalarAsync();
        }

        // When
        await using var watcher = new NpgsqlConnection(db);
        await watcher.OpenAsync();
        bool MarkWaiting()
        {
            using var command = new NpgsqlCommand(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'UPDATE news_proposals%'", watcher);
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
        }
        var killed = await CliProcess.KillWhenAsync(MarkWaiting, "--db", db, "events", "review", "--accept", id);
        await hold.RollbackAsync();

        // Then nothing of the accept is there (the record it wrote was never committed), and accepting again completes it
        Assert.True(killed, "the accept never waited at the mark");
        Assert.True(before == await StoreStates.KnowledgeBaseAsync(db) + "\n" + StoreStates.News(db), "the kill left part of the accept");
        var rerun = await CliProcess.RunAsync("--db", db, "events", "review", "--accept", id);
        Assert.True(rerun.ExitCode == 0, rerun.Error);
        Assert.True(after == await StoreStates.KnowledgeBaseAsync(db) + "\n" + StoreStates.News(db), "the re-run did not reach the after-state");
    }

    /// <summary>Makes every update of a proposal count to 2·10⁷ first (a few seconds), to hold the accept inside its transaction.</summary>
    private static void SlowMarkTrigger(string db)
    {
        using (var connection = new SqliteConnection("Data Source=" + db + ";Pooling=false"))
        {
            connection.Open();
            using var trigger = connection.CreateCommand();
            trigger.CommandText = """
                CREATE TRIGGER slow_mark BEFORE UPDATE ON news_proposals BEGIN
                  SELECT COUNT(*) FROM (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 20000000) SELECT x FROM c);
                END
                """;
            trigger.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
    }

    private async Task KillAsync(string writer, KillLoop loop)
    {
        var tally = await loop.RunAsync(_seed);
        output.WriteLine($"{writer}: {tally}; seed {_seed}");
    }

    /// <summary>Kills on copies of the SQLite file <paramref name="template"/>.</summary>
    private KillLoop SqliteLoop(string template, Func<string, string[]> args, Func<string, Task<string>> state, Func<string, string, Task>? between = null) => new()
    {
        Fresh = () =>
        {
            var db = NewSqlitePath();
            StoreStates.CopySqlite(template, db);
            return Task.FromResult(db);
        },
        Args = args,
        State = state,
        Between = between,
        Scratch = _temp.Path,
    };

    /// <summary>Kills on copies of the PostgreSQL database <paramref name="template"/>, each dropped once checked.</summary>
    private KillLoop PostgresLoop(PostgresDatabases pg, string template, Func<string, string[]> args, Func<string, Task<string>> state,
        Func<string, string, Task>? between = null)
    {
        // A template is copied only while nothing is connected to it.
        NpgsqlConnection.ClearAllPools();
        return new()
        {
            Fresh = () => pg.CreateAsync(template),
            Args = args,
            State = state,
            Between = between,
            Discard = pg.DropAsync,
            Scratch = _temp.Path,
        };
    }

    private static string[] ImportUsgsArgs(string db) => ["--db", db, "data", "import-usgs", Path.Combine(DefaultData.Directory, "usgs")];

    /// <summary>Ingests eight dev-set articles: events, merges, claims and proposals, committed article by article.</summary>
    private static Func<string, string[]> NewsIngestArgs(string articles) => db => ["--db", db, "news", "ingest", articles];

    private string Articles() => CrashInputs.Articles(_temp.File("articles"), 8);

    private static string[] AcceptArgs(string db, string id) => ["--db", db, "events", "review", "--accept", id];

    private static Task<string> NewsState(string db) => Task.FromResult(StoreStates.News(db));

    private static async Task<string> AcceptState(string db) => await StoreStates.KnowledgeBaseAsync(db) + "\n" + StoreStates.News(db);

    /// <summary>News ingest commits article by article: a kill leaves some articles, each with all the event links and claims
    /// it has in <paramref name="complete"/>, the store of an unbroken run.</summary>
    private static Task EveryArticleWholeAsync(string db, string complete)
    {
        var full = StoreStates.NewsPerArticle(complete);
        foreach (var (hash, counts) in StoreStates.NewsPerArticle(db))
        {
            Assert.Equal(full[hash], counts);
        }
        return Task.CompletedTask;
    }

    private string NewSqlitePath() => _temp.File($"store-{Interlocked.Increment(ref _stores)}/lodestone.db");

    private async Task<string> SeededSqliteAsync()
    {
        var path = NewSqlitePath();
        await KnowledgeBaseOpener.OpenStoreAsync(path, seedIfEmpty: true, CancellationToken.None);
        SqliteConnection.ClearAllPools();
        return path;
    }

    private static async Task SeedAsync(string db)
    {
        await KnowledgeBaseOpener.OpenStoreAsync(db, seedIfEmpty: true, CancellationToken.None);
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>Doubles every stored production value of the USGS release's years, so <c>import-usgs</c> has rows to revise.</summary>
    private static async Task EditReleaseRowsAsync(string db)
    {
        var store = await KnowledgeBaseOpener.OpenStoreAsync(db, seedIfEmpty: false, CancellationToken.None);
        await store.UpdateAsync(facts => facts with
        {
            Production = facts.Production.Select(p => p.Year is 2023 or 2024 && p.Value is { } v ? p with { Value = v * 2 } : p).ToList(),
        });
        SqliteConnection.ClearAllPools();
    }

    private string Additions() => CrashInputs.Additions(_temp.File("additions"));

    private PostgresDatabases? _pg;

    /// <summary>Throwaway databases on the test cluster; where none is configured the test is skipped (and fails on CI).</summary>
    private PostgresDatabases Postgres()
    {
        var url = Environment.GetEnvironmentVariable(PostgresFixture.Variable);
        if (string.IsNullOrWhiteSpace(url))
        {
            Assert.False(PostgresFixture.IsCi, "CI=true but LODESTONE_TEST_POSTGRES is not set");
            throw new SkipException("PostgreSQL not available: LODESTONE_TEST_POSTGRES is not set");
        }
        return _pg ??= new PostgresDatabases(Lodestone.Data.Storage.StoreTarget.FromUrl(url));
    }

    public void Dispose()
    {
        _pg?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }
}
