using System.Globalization;
using Lodestone.Data.Storage;
using Npgsql;
using Xunit;

namespace Lodestone.Testing;

/// <summary>A throwaway PostgreSQL database for one test run, from LODESTONE_TEST_POSTGRES (a postgres:// URL).</summary>
/// <remarks>
/// The run creates its own database (lodestone_test_XXXXXXXX) and drops it at the end, so parallel runs never
/// collide; each store gets its own schema inside it. Without the variable a test that needs it reports "skipped" with
/// the reason, and fails when CI=true (Npgsql's habit: skip on a laptop, never on the build server).
/// </remarks>
public sealed class PostgresFixture : IAsyncLifetime
{
    public const string Variable = "LODESTONE_TEST_POSTGRES";

    private string? _adminConnectionString;
    private string? _database;
    private int _schemas;

    /// <summary>Why PostgreSQL is unavailable, or null when it is.</summary>
    public string? Unavailable { get; private set; }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The run's database, for stores that need their own schema.</summary>
    public string? ConnectionString { get; private set; }

    public async Task InitializeAsync()
    {
        var url = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(url))
        {
            Unavailable = $"{Variable} is not set (e.g. postgres://lodestone@127.0.0.1:55432/lodestone_test; scripts/test starts one)";
            return;
        }
        _adminConnectionString = StoreTarget.FromUrl(url);
        _database = "lodestone_test_" + Guid.NewGuid().ToString("N")[..8];
        await using (var admin = new NpgsqlConnection(_adminConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {_database}", admin);
            await create.ExecuteNonQueryAsync();
        }
        ConnectionString = new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = _database }.ConnectionString;
    }

    /// <summary>A new, empty schema (as <see cref="NewSchemaAsync"/>). Where PostgreSQL is unavailable the calling test is
    /// skipped, with the reason (xunit reports it as skipped, never as passed); with CI=true it fails instead.</summary>
    public async Task<string> NewSchemaOrSkipAsync()
    {
        if (Unavailable is { } reason)
        {
            Assert.False(IsCi, "CI=true but PostgreSQL is unavailable: " + reason);
            throw new SkipException("PostgreSQL not available: " + reason);
        }
        return await NewSchemaAsync();
    }

    /// <summary>The cluster's administrative connection, for tests that create whole databases (copies of a seeded
    /// template, see <see cref="PostgresDatabases"/>); skips or fails as <see cref="NewSchemaOrSkipAsync"/>.</summary>
    public string AdminConnectionStringOrSkip()
    {
        if (Unavailable is { } reason)
        {
            Assert.False(IsCi, "CI=true but PostgreSQL is unavailable: " + reason);
            throw new SkipException("PostgreSQL not available: " + reason);
        }
        return _adminConnectionString!;
    }

    /// <summary>A connection string whose search path is a new, empty schema of the run's database.</summary>
    public async Task<string> NewSchemaAsync()
    {
        var schema = "s" + Interlocked.Increment(ref _schemas).ToString(CultureInfo.InvariantCulture);
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (_adminConnectionString is null || _database is null)
        {
            return;
        }
        NpgsqlConnection.ClearAllPools();
        // Sessions still open here (a job worker between its last poll and its stop) are ended first and waited for: DROP …
        // WITH (FORCE) waits only 5 s for terminated backends to exit, which a loaded CI machine overran (a class cleanup
        // failure in Data.Tests at load ~20 made the run red). The drop then meets no session and gets a generous timeout.
        var admin = new NpgsqlConnectionStringBuilder(_adminConnectionString) { Timeout = 60, CommandTimeout = 300 }.ConnectionString;
        try
        {
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            var deadline = DateTime.UtcNow.AddSeconds(120);
            while (true)
            {
                await using var terminate = new NpgsqlCommand(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = @db AND pid <> pg_backend_pid()", connection);
                terminate.Parameters.AddWithValue("db", _database);
                if (Convert.ToInt64(await terminate.ExecuteScalarAsync(), CultureInfo.InvariantCulture) == 0 || DateTime.UtcNow > deadline)
                {
                    break;
                }
                await Task.Delay(200);
            }
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException e)
        {
            // xunit reports a cleanup failure by type only: say which database and why.
            throw new InvalidOperationException($"dropping the test database {_database}: {e.Message}", e);
        }
    }
}
