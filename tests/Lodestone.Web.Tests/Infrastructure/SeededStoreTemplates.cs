using Lodestone.Data;
using Lodestone.Data.Storage;
using Lodestone.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lodestone.Web.Tests.Infrastructure;

/// <summary>A knowledge base seeded from the shipped data with <see cref="FixtureArticles.All"/> ingested beside it,
/// built once per backend for the whole run and copied for each test that needs a seeded store.</summary>
/// <remarks>
/// Seeding and ingesting cost seconds per test; a copy costs a fraction of that (SQLite's online backup,
/// <c>CREATE DATABASE … TEMPLATE</c>). Each copy is the state a test built by hand before: the same seed, the same
/// ingestion through the real <c>NewsIngestor</c>, in the same order. The templates are only ever read (copied), so
/// sharing them between test classes shares no state a test writes. xunit 2 has no assembly fixture: they are removed
/// when the test process exits, and a run also removes the SQLite templates of earlier runs whose process is gone (the
/// test host is not always let to run its exit handlers).
/// </remarks>
public sealed class SeededStoreTemplates
{
    private const string Prefix = "lodestone-templates-";
    private readonly string _directory;
    private readonly SemaphoreSlim _building = new(1, 1);
    private string? _sqlite;
    private string? _postgres;
    private PostgresDatabases? _databases;

    private SeededStoreTemplates()
    {
        RemoveStale();
        _directory = Path.Combine(Path.GetTempPath(), Prefix + Environment.ProcessId);
        Directory.CreateDirectory(_directory);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Remove();
    }

    /// <summary>The run's templates.</summary>
    public static SeededStoreTemplates Shared { get; } = new();

    /// <summary>A fresh copy on <paramref name="kind"/>'s backend: the <c>--db</c> value and its target. SQLite copies
    /// live in <paramref name="dir"/>; PostgreSQL ones are dropped when the run ends. Skips (or fails on CI, as
    /// <see cref="PostgresFixture.AdminConnectionStringOrSkip"/>) where PostgreSQL is absent.</summary>
    public async Task<(string Db, StoreTarget Target)> CopyAsync(
        string kind, TempDirectory dir, PostgresFixture postgres)
    {
        if (kind == KnowledgeBases.Sqlite)
        {
            var path = dir.File("lodestone.db");
            CopySqlite(await TemplateAsync(BuildSqliteAsync, () => _sqlite, t => _sqlite = t), path);
            return (path, StoreTarget.Resolve(path));
        }
        var admin = postgres.AdminConnectionStringOrSkip();
        var template = await TemplateAsync(() => BuildPostgresAsync(admin), () => _postgres, t => _postgres = t);
        var copy = await _databases!.CreateAsync(template);
        return (copy, new StoreTarget(StoreBackend.Postgres, copy, "test database"));
    }

    /// <summary>A copy with its news store, for tests that read the fixture articles' events and proposals.</summary>
    public async Task<SeededStore> StoreAsync(string kind, TempDirectory dir, PostgresFixture postgres)
    {
        var (db, target) = await CopyAsync(kind, dir, postgres);
        return new SeededStore(db, NewsStoreFile.In(target));
    }

    private void Remove()
    {
        SqliteConnection.ClearAllPools();
        Delete(_directory);
        _databases?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Deletes the template folders of test processes that no longer run.</summary>
    private static void RemoveStale()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            if (int.TryParse(Path.GetFileName(folder).AsSpan(Prefix.Length), out var pid) && !Running(pid))
            {
                Delete(folder);
            }
        }
    }

    private static bool Running(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another user's files, or one still open: left for the next run.
        }
    }

    private async Task<string> TemplateAsync(Func<Task<string>> build, Func<string?> get, Action<string> set)
    {
        await _building.WaitAsync();
        try
        {
            if (get() is not { } built)
            {
                built = await build();
                set(built);
            }
            return built;
        }
        finally
        {
            _building.Release();
        }
    }

    private async Task<string> BuildSqliteAsync()
    {
        var path = Path.Combine(_directory, "template.db");
        await SeedAsync(path, StoreTarget.Resolve(path));
        SqliteConnection.ClearAllPools();
        return path;
    }

    private async Task<string> BuildPostgresAsync(string admin)
    {
        _databases = new PostgresDatabases(admin);
        var template = await _databases.CreateAsync();
        await SeedAsync(template, new StoreTarget(StoreBackend.Postgres, template, "template database"));
        // CREATE DATABASE … TEMPLATE refuses a template with open sessions: close the idle pooled ones (the stores may
        // have pooled under connection strings of their own; a busy connection elsewhere is closed when returned).
        NpgsqlConnection.ClearAllPools();
        return template;
    }

    /// <summary>The order the review tests used: the news first, then the knowledge base seeded as <c>serve</c> opens
    /// it.</summary>
    private static async Task SeedAsync(string db, StoreTarget target)
    {
        using (NewsStoreFile.Ingest(FixtureArticles.All, target))
        {
        }
        await KnowledgeBaseOpener.OpenStoreAsync(db, seedIfEmpty: true, CancellationToken.None);
    }

    /// <summary>SQLite's online backup: a consistent copy whatever the write-ahead log still holds.</summary>
    private static void CopySqlite(string template, string path)
    {
        using var source = new SqliteConnection(Unpooled(template));
        using var target = new SqliteConnection(Unpooled(path));
        source.Open();
        target.Open();
        source.BackupDatabase(target);
    }

    private static string Unpooled(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
}
