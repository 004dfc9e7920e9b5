using System.Globalization;
using Npgsql;

namespace Lodestone.Testing;

/// <summary>Throwaway databases on the test cluster (<c>LODESTONE_TEST_POSTGRES</c>), created empty or copied from a
/// prepared one.</summary>
/// <remarks>
/// A crash test needs a fresh before-state for every kill, a review test a fresh seeded store. Seeding a PostgreSQL
/// store takes seconds; <c>CREATE DATABASE … TEMPLATE</c> copies a seeded one in a fraction of that. A template must
/// have no open connection while it is copied, so whoever prepares it clears Npgsql's pools first.
/// </remarks>
public sealed class PostgresDatabases(string admin) : IAsyncDisposable
{
    private readonly string _prefix = "lodestone_copy_" + Guid.NewGuid().ToString("N")[..8] + "_";
    private readonly List<string> _names = [];
    private int _count;

    /// <summary>A new database, empty or a copy of <paramref name="template"/> (a connection string this object
    /// returned).</summary>
    /// <returns>Its connection string.</returns>
    public async Task<string> CreateAsync(string? template = null)
    {
        var name = _prefix + Interlocked.Increment(ref _count).ToString(CultureInfo.InvariantCulture);
        lock (_names)
        {
            _names.Add(name);
        }
        var copy = template is null ? "" : " TEMPLATE " + new NpgsqlConnectionStringBuilder(template).Database;
        await ExecuteAsync($"CREATE DATABASE {name}{copy}");
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database this object created (its pooled connections are closed first).</summary>
    public async Task DropAsync(string database)
    {
        using (var connection = new NpgsqlConnection(database))
        {
            NpgsqlConnection.ClearPool(connection);
        }
        var name = new NpgsqlConnectionStringBuilder(database).Database!;
        await ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        lock (_names)
        {
            _names.Remove(name);
        }
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        foreach (var name in _names.ToList())
        {
            await ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        var unpooled = new NpgsqlConnectionStringBuilder(admin) { Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(unpooled);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
