using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Lodestone.Data.Storage;

/// <summary>Connections, write transactions and commands for the small tables every server on one database shares (feeds, alerts).</summary>
/// <remarks>
/// One connection per call, as the job queue does. A write transaction serialises writers: SQLite takes the write lock first
/// (BEGIN IMMEDIATE), PostgreSQL a transaction-scoped advisory lock (<paramref name="lockId"/>), so a read-check-write inside it
/// sees no other writer in between; claims of rows use <see cref="SkipLocked"/> on PostgreSQL instead.
/// </remarks>
public sealed class SharedTables(StoreTarget target, long lockId)
{
    public bool IsPostgres => target.Backend == StoreBackend.Postgres;

    /// <summary>"FOR UPDATE SKIP LOCKED" on PostgreSQL (a second claimer skips a row the first holds), nothing on SQLite (one writer at a time).</summary>
    public string SkipLocked => IsPostgres ? "FOR UPDATE SKIP LOCKED" : "";

    public DbConnection Open() => IsPostgres ? StoreConnections.OpenPostgres(target.Location) : StoreConnections.OpenSqlite(target.Location);

    /// <summary>A transaction that holds the writers' lock from its first statement.</summary>
    public DbTransaction BeginWrite(DbConnection connection) => IsPostgres
        ? StoreConnections.BeginWithAdvisoryLock(connection, lockId)
        : ((SqliteConnection)connection).BeginTransaction(deferred: false);

    /// <summary>A transaction for row claims: plain on PostgreSQL (the claim locks its rows), the write lock on SQLite.</summary>
    public DbTransaction BeginClaim(DbConnection connection) => IsPostgres
        ? connection.BeginTransaction()
        : ((SqliteConnection)connection).BeginTransaction(deferred: false);

    /// <summary>A nullable number as a parameter value: the number, or a NULL that stays a BIGINT.</summary>
    /// <remarks>A bare null carries no type and <see cref="Command"/> binds it as text, which PostgreSQL will not store in a BIGINT
    /// column ("column … is of type bigint but expression is of type text"); SQLite does not mind, so only PostgreSQL finds it.</remarks>
    public static object Int64OrNull(long? value) => value is { } v ? v : TypedNull.Int64;

    /// <summary>Binds <paramref name="parameters"/> by their values' types: long, int, double, text; a null is text (a text column's
    /// NULL), so a nullable number goes through <see cref="Int64OrNull"/>.</summary>
    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.DbType = value switch
            {
                TypedNull typed => typed.Type,
                long => DbType.Int64,
                int => DbType.Int32,
                double => DbType.Double,
                _ => DbType.String,
            };
            parameter.Value = value is null or TypedNull ? DBNull.Value : value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    public static int Execute(DbConnection connection, DbTransaction? transaction, string sql, params (string, object?)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    public static List<T> Query<T>(DbConnection connection, DbTransaction? transaction, Func<DbDataReader, T> read, string sql, params (string, object?)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }
        return rows;
    }

    public static string? NullableString(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    public static long Int64(DbDataReader reader, int i) => Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture);

    public static string Timestamp(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTimestamp(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
