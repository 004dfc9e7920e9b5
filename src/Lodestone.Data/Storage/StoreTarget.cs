using Npgsql;

namespace Lodestone.Data.Storage;

/// <summary>Where a store lives, resolved from <c>--db</c>, LODESTONE_DB or the default SQLite path.</summary>
/// <param name="Backend">SQLite or PostgreSQL.</param>
/// <param name="Location">SQLite: the full file path. PostgreSQL: an Npgsql connection string.</param>
/// <param name="Display">What to show the user (passwords removed).</param>
public sealed record StoreTarget(StoreBackend Backend, string Location, string Display)
{
    /// <summary>The environment variable consulted when <c>--db</c> is not given.</summary>
    public const string EnvironmentVariable = "LODESTONE_DB";

    /// <summary>Resolves <paramref name="db"/> (or LODESTONE_DB, or <see cref="DataPaths.DefaultDatabasePath"/>).</summary>
    /// <remarks>
    /// <c>postgres://user:pass@host:port/db?sslmode=require</c> (or <c>postgresql://</c>) and plain Npgsql connection
    /// strings (<c>Host=…;Database=…</c>) select PostgreSQL; anything else is a SQLite file path.
    /// </remarks>
    /// <exception cref="ArgumentException">A postgres URL that cannot be parsed.</exception>
    public static StoreTarget Resolve(string? db)
    {
        var text = db is { Length: > 0 } ? db
            : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } env ? env
            : DataPaths.DefaultDatabasePath;
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = FromUrl(text);
            return new StoreTarget(StoreBackend.Postgres, connectionString, Redact(connectionString));
        }
        if (LooksLikeConnectionString(text))
        {
            var builder = new NpgsqlConnectionStringBuilder(text);
            return new StoreTarget(StoreBackend.Postgres, builder.ConnectionString, Redact(builder.ConnectionString));
        }
        var path = Path.GetFullPath(text);
        return new StoreTarget(StoreBackend.Sqlite, path, path);
    }

    /// <summary>Turns <c>postgres://user:pass@host:port/db?key=value</c> into an Npgsql connection string.</summary>
    public static string FromUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            throw new ArgumentException($"'{Redact(url)}' is not a postgres://user:pass@host:port/db URL", nameof(url));
        }
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
        };
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..]);
            builder[key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] = value;
        }
        return builder.ConnectionString;
    }

    /// <summary>Opens the store this target names (not yet migrated).</summary>
    public SqlKnowledgeStore CreateStore(string dataDirectory, TimeProvider? clock = null) => Backend switch
    {
        StoreBackend.Postgres => new PostgresKnowledgeStore(Location, dataDirectory, clock),
        _ => new SqliteKnowledgeStore(Location, dataDirectory, clock),
    };

    private static bool LooksLikeConnectionString(string text) =>
        text.Contains('=', StringComparison.Ordinal)
        && (text.StartsWith("Host=", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Server=", StringComparison.OrdinalIgnoreCase)
            || text.Contains(";Host=", StringComparison.OrdinalIgnoreCase) || text.Contains("; Host=", StringComparison.OrdinalIgnoreCase));

    private static string Redact(string text)
    {
        if (text.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.UserInfo.Contains(':', StringComparison.Ordinal))
        {
            return text.Replace(uri.UserInfo, uri.UserInfo[..uri.UserInfo.IndexOf(':', StringComparison.Ordinal)] + ":***", StringComparison.Ordinal);
        }
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(text);
            if (builder.Password is { Length: > 0 })
            {
                builder.Password = "***";
            }
            return builder.ConnectionString;
        }
        catch (ArgumentException)
        {
            return text;
        }
    }
}
