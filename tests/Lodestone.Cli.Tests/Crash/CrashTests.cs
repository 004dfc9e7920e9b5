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

    /// <summary>What one run of kills saw.</summary>
    private sealed record Tally(int Killed, int Before, int After, int Between);

    [Fact]
    public async Task DataImport_KilledAtRandomPoints_SqliteIsBeforeOrAfterAndReRunCompletes()
    {
        var template = await SeededSqliteAsync();
        var additions = Additions();
        var tally = await KillLoopAsync(
            prepare: db => { StoreStates.CopySqlite(template, db); return Task.CompletedTask; },
            newDb: NewSqlitePath,
            args: db => ["--db", db, "data", "import", additions],
            state: StoreStates.KnowledgeBaseAsync,
            between: null);
        Report("data import (SQLite)", tally);
    }

    [Fact]
    public async Task ImportUsgs_KilledAtRandomPoints_SqliteIsBeforeOrAfterAndReRunCompletes()
    {
        // Given a store whose production rows for the release's years were edited, so the import changes them back
        var template = await SeededSqliteAsync();
        await EditReleaseRowsAsync(template);
        var tally = await KillLoopAsync(
            prepare: db => { StoreStates.CopySqlite(template, db); return Task.CompletedTask; },
            newDb: NewSqlitePath,
            args: db => ["--db", db, "data", "import-usgs", Path.Combine(DefaultData.Directory, "usgs")],
            state: StoreStates.KnowledgeBaseAsync,
            between: null);
        Report("data import-usgs (SQLite)", tally);
    }

    [Fact]
    public async Task NewsIngest_KilledAtRandomPoints_EveryArticleIsWholeOrAbsentAndReRunCompletes()
    {
        var template = await SeededSqliteAsync();
        NewsStores.Open(template).Dispose();
        SqliteConnection.ClearAllPools();
        var articles = DevSetArticles();
        string? complete = null;
        var tally = await KillLoopAsync(
            prepare: db => { StoreStates.CopySqlite(template, db); return Task.CompletedTask; },
            newDb: NewSqlitePath,
            args: db => ["--db", db, "news", "ingest", articles],
            state: db => Task.FromResult(StoreStates.News(db)),
            between: db =>
            {
                // Committed article by article: a kill leaves some articles, each with all its event links and claims.
                complete ??= CompleteIngest(db => StoreStates.CopySqlite(template, db), NewSqlitePath(), articles);
                var full = StoreStates.NewsPerArticle(complete);
                foreach (var (hash, counts) in StoreStates.NewsPerArticle(db))
                {
                    Assert.Equal(full[hash], counts);
                }
                return Task.CompletedTask;
            });
        Report("news ingest (SQLite)", tally);
    }

    [Fact]
    public async Task ProposalAccept_KilledAtRandomPoints_SqliteIsBeforeOrAfterAndReRunCompletes()
    {
        // Given a seeded store with one pending proposal (the Ukraine–EU raw-materials MOU, absent from agreements.csv)
        var template = await SeededSqliteAsync();
        var ingest = await CliProcess.RunAsync("--db", template, "news", "ingest", Path.Combine(DevSetArticles(), "a18_eu_ukraine_mou.txt"));
        Assert.True(ingest.ExitCode == 0, ingest.Error);
        long id;
        using (var news = NewsStores.Open(template))
        {
            id = Assert.Single(news.Proposals("pending")).Id;
        }
        SqliteConnection.ClearAllPools();
        // The record, the mark and the change-log row are one transaction: no state between is allowed.
        var tally = await KillLoopAsync(
            prepare: db => { StoreStates.CopySqlite(template, db); return Task.CompletedTask; },
            newDb: NewSqlitePath,
            args: db => ["--db", db, "events", "review", "--accept", id.ToString(CultureInfo.InvariantCulture)],
            state: async db => await StoreStates.KnowledgeBaseAsync(db) + "\n" + StoreStates.News(db),
            between: null);
        Report("events review --accept (SQLite)", tally);
    }

    [Fact]
    public async Task DataImport_KilledAtRandomPoints_PostgresIsBeforeOrAfterAndReRunCompletes()
    {
        if (await PostgresDatabaseAsync() is not { } database)
        {
            return;
        }
        var additions = Additions();
        var tally = await KillLoopAsync(
            prepare: SeedAsync,
            newDb: () => NewSchemaAsync(database).GetAwaiter().GetResult(),
            args: db => ["--db", db, "data", "import", additions],
            state: StoreStates.KnowledgeBaseAsync,
            between: null);
        Report("data import (PostgreSQL)", tally);
    }

    [Fact]
    public async Task ImportUsgs_KilledAtRandomPoints_PostgresIsBeforeOrAfterAndReRunCompletes()
    {
        if (await PostgresDatabaseAsync() is not { } database)
        {
            return;
        }
        var tally = await KillLoopAsync(
            prepare: async db => { await SeedAsync(db); await EditReleaseRowsAsync(db); },
            newDb: () => NewSchemaAsync(database).GetAwaiter().GetResult(),
            args: db => ["--db", db, "data", "import-usgs", Path.Combine(DefaultData.Directory, "usgs")],
            state: StoreStates.KnowledgeBaseAsync,
            between: null);
        Report("data import-usgs (PostgreSQL)", tally);
    }

    [Fact]
    public async Task NewsIngest_KilledAtRandomPoints_PostgresEveryArticleIsWholeOrAbsentAndReRunCompletes()
    {
        if (await PostgresDatabaseAsync() is not { } database)
        {
            return;
        }
        var articles = DevSetArticles();
        string? complete = null;
        var tally = await KillLoopAsync(
            prepare: SeedAsync,
            newDb: () => NewSchemaAsync(database).GetAwaiter().GetResult(),
            args: db => ["--db", db, "news", "ingest", articles],
            state: db => Task.FromResult(StoreStates.News(db)),
            between: db =>
            {
                // Committed article by article on PostgreSQL too: each stored article has all its event links and claims.
                complete ??= CompleteIngest(d => SeedAsync(d).GetAwaiter().GetResult(), NewSchemaAsync(database).GetAwaiter().GetResult(), articles);
                var full = StoreStates.NewsPerArticle(complete);
                foreach (var (hash, counts) in StoreStates.NewsPerArticle(db))
                {
                    Assert.Equal(full[hash], counts);
                }
                return Task.CompletedTask;
            });
        Report("news ingest (PostgreSQL)", tally);
    }

    [Fact]
    public async Task ProposalAccept_KilledAtRandomPoints_PostgresIsBeforeOrAfterAndReRunCompletes()
    {
        // Given a seeded database with one pending proposal (the Ukraine–EU raw-materials MOU, absent from agreements.csv)
        if (await PostgresDatabaseAsync() is not { } database)
        {
            return;
        }
        var article = Path.Combine(DevSetArticles(), "a18_eu_ukraine_mou.txt");
        async Task PrepareAsync(string db)
        {
            await SeedAsync(db);
            var ingest = await CliProcess.RunAsync("--db", db, "news", "ingest", article);
            Assert.True(ingest.ExitCode == 0, ingest.Error);
        }
        long? id = null;
        string Id(string db)
        {
            if (id is null)
            {
                using var news = NewsStores.Open(db);
                id = Assert.Single(news.Proposals("pending")).Id;
            }
            return id.Value.ToString(CultureInfo.InvariantCulture);
        }
        // One transaction on PostgreSQL too (the news store's, the knowledge base writing inside it): no state between.
        var tally = await KillLoopAsync(
            prepare: PrepareAsync,
            newDb: () => NewSchemaAsync(database).GetAwaiter().GetResult(),
            args: db => ["--db", db, "events", "review", "--accept", Id(db)],
            state: async db => await StoreStates.KnowledgeBaseAsync(db) + "\n" + StoreStates.News(db),
            between: null);
        Report("events review --accept (PostgreSQL)", tally);
    }

    [Fact]
    public async Task ProposalAccept_KilledInsideItsTransaction_SqliteIsBeforeAndReRunCompletes()
    {
        // Given a pending proposal, and a trigger that makes marking it take seconds: the accept then spends its transaction,
        // after the knowledge-base record is written, in the mark, where the kill is aimed
        var template = await SeededSqliteAsync();
        var ingest = await CliProcess.RunAsync("--db", template, "news", "ingest", Path.Combine(DevSetArticles(), "a18_eu_ukraine_mou.txt"));
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
        if (await PostgresDatabaseAsync() is not { } database)
        {
            return;
        }
        var article = Path.Combine(DevSetArticles(), "a18_eu_ukraine_mou.txt");
        async Task<string> PreparedAsync()
        {
            var db = await NewSchemaAsync(database);
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

    /// <summary>
    /// Runs the writer once to the end (its after-state and duration), then <see cref="CrashSettings.Kills"/> times on a fresh
    /// before-state: kill at a random point, check the state, re-run unless the work was done, check the after-state.
    /// </summary>
    private async Task<Tally> KillLoopAsync(Func<string, Task> prepare, Func<string> newDb, Func<string, string[]> args,
        Func<string, Task<string>> state, Func<string, Task>? between)
    {
        var random = new Random(_seed);
        var first = newDb();
        await prepare(first);
        var before = await state(first);
        var full = await CliProcess.RunAsync(args(first));
        Assert.True(full.ExitCode == 0, $"the writer failed on its own: {full.Error}");
        var after = await state(first);
        Assert.NotEqual(before, after);
        int killed = 0, sawBefore = 0, sawAfter = 0, sawBetween = 0;
        for (var kill = 0; kill < CrashSettings.Kills; kill++)
        {
            var db = newDb();
            await prepare(db);
            var delay = CrashSettings.KillPoint(random, full.Took);
            killed += await CliProcess.KillAfterAsync(delay, args(db)) ? 1 : 0;
            var seen = await state(db);
            if (seen == after)
            {
                sawAfter++;
                continue;
            }
            if (seen == before)
            {
                sawBefore++;
            }
            else if (between is not null)
            {
                await between(db);
                sawBetween++;
            }
            else
            {
                Assert.Fail($"kill {kill} at {delay.TotalMilliseconds:0} ms (seed {_seed}) left a state that is neither before nor after");
            }
            var rerun = await CliProcess.RunAsync(args(db));
            Assert.True(rerun.ExitCode == 0, $"the re-run after kill {kill} failed: {rerun.Error}");
            Assert.True(after == await state(db), $"the re-run after kill {kill} (seed {_seed}) did not reach the after-state");
        }
        return new Tally(killed, sawBefore, sawAfter, sawBetween);
    }

    private void Report(string writer, Tally tally) =>
        output.WriteLine($"{writer}: {CrashSettings.Kills} runs, {tally.Killed} killed mid-run; before {tally.Before}, after {tally.After}, " +
            $"between (allowed, completed by the re-run) {tally.Between}; seed {_seed}");

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

    private static string DevSetArticles() => CrashInputs.DevSetArticles;

    /// <summary>A store prepared by <paramref name="prepare"/> into which <paramref name="articles"/> were ingested without a kill.</summary>
    private static string CompleteIngest(Action<string> prepare, string db, string articles)
    {
        prepare(db);
        var run = CliProcess.RunAsync("--db", db, "news", "ingest", articles).GetAwaiter().GetResult();
        Assert.True(run.ExitCode == 0, run.Error);
        return db;
    }

    private async Task<string?> PostgresDatabaseAsync()
    {
        var url = Environment.GetEnvironmentVariable("LODESTONE_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(url))
        {
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
                "CI=true but LODESTONE_TEST_POSTGRES is not set");
            output.WriteLine("PostgreSQL not tested here: LODESTONE_TEST_POSTGRES is not set");
            return null;
        }
        var admin = Lodestone.Data.Storage.StoreTarget.FromUrl(url);
        var name = "lodestone_crash_" + Guid.NewGuid().ToString("N")[..8];
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        _databases.Add((admin, name));
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    private readonly List<(string Admin, string Name)> _databases = [];

    private async Task<string> NewSchemaAsync(string database)
    {
        var schema = "s" + Interlocked.Increment(ref _stores).ToString(CultureInfo.InvariantCulture);
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(database) { SearchPath = schema }.ConnectionString;
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        foreach (var (admin, name) in _databases)
        {
            using var connection = new NpgsqlConnection(admin);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }
}
