using BenchmarkDotNet.Attributes;
using Lodestone.Data;
using Lodestone.Data.Loading;
using Lodestone.Data.Storage;
using Npgsql;

namespace Lodestone.Benchmarks.Storage;

/// <summary>Bulk import of the whole default dataset (1,587 rows incl. sources) into an empty store, one transaction per run.</summary>
/// <remarks>
/// SQLite: one prepared INSERT per table, rebound per row. PostgreSQL: binary COPY (the store's default) against the
/// naive baseline of one prepared INSERT per row. PostgreSQL comes from LODESTONE_BENCH_POSTGRES or
/// LODESTONE_TEST_POSTGRES (a postgres:// URL); each run uses a fresh schema. rows/s = 1587 / mean.
/// </remarks>
[MemoryDiagnoser]
public class BulkImportBenchmarks
{
    private FactSet _facts = FactSet.Empty;
    private SqlKnowledgeStore? _store;
    private string? _cleanup;

    [Params("sqlite", "postgres-insert", "postgres-copy")]
    public string Backend { get; set; } = "sqlite";

    [GlobalSetup]
    public void Setup()
    {
        _facts = FactSet.FromDataset(DatasetLoader.LoadDirectory(DataPaths.DefaultDataDirectory));
        _store = Backend switch
        {
            "sqlite" => SqliteStore(),
            "postgres-insert" => PostgresStore(useCopy: false),
            _ => PostgresStore(useCopy: true),
        };
        _store.MigrateAsync().GetAwaiter().GetResult();
    }

    /// <summary>Rows written per run (every table, sources included).</summary>
    public int Rows => _facts.Counts.Values.Sum();

    [Benchmark]
    public IReadOnlyDictionary<string, int> ReplaceAll() => _store!.ReplaceAllAsync(_facts).GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Backend == "sqlite" && _cleanup is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_cleanup, recursive: true);
        }
        else if (_cleanup is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(AdminConnectionString());
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_cleanup} CASCADE", connection);
            drop.ExecuteNonQuery();
        }
    }

    private SqliteKnowledgeStore SqliteStore()
    {
        _cleanup = Path.Combine(Path.GetTempPath(), "lodestone-bench-" + Guid.NewGuid().ToString("N")[..8]);
        return new SqliteKnowledgeStore(Path.Combine(_cleanup, "bench.db"), DataPaths.DefaultDataDirectory);
    }

    private PostgresKnowledgeStore PostgresStore(bool useCopy)
    {
        var admin = AdminConnectionString();
        _cleanup = "bench_" + Guid.NewGuid().ToString("N")[..8];
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE SCHEMA {_cleanup}", connection);
            create.ExecuteNonQuery();
        }
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { SearchPath = _cleanup }.ConnectionString;
        return new PostgresKnowledgeStore(connectionString, DataPaths.DefaultDataDirectory) { UseCopy = useCopy };
    }

    private static string AdminConnectionString()
    {
        var url = Environment.GetEnvironmentVariable("LODESTONE_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("LODESTONE_TEST_POSTGRES")
            ?? throw new InvalidOperationException("set LODESTONE_BENCH_POSTGRES (or LODESTONE_TEST_POSTGRES) to a postgres:// URL to benchmark PostgreSQL");
        return StoreTarget.FromUrl(url);
    }
}
