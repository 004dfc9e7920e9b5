using Npgsql;

namespace Lodestone.Cluster.Membership;

/// <summary>Creates the membership tables and the ADO.NET provider's statements in a PostgreSQL database (Sql/postgres-clustering.sql).</summary>
/// <remarks>Idempotent (IF NOT EXISTS; statements replaced by key) and serialised by a transaction-scoped advisory lock, so three silos
/// starting at once on an empty database create it once.</remarks>
internal static class ClusterSchema
{
    /// <summary>Advisory lock key of the setup ("LODECLUS" as ASCII).</summary>
    private const long LockKey = 0x4C4F4445434C5553;

    public static async Task EnsureAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({LockKey})", connection, transaction))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var setup = new NpgsqlCommand(Script(), connection, transaction))
        {
            await setup.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    internal static string Script()
    {
        using var stream = typeof(ClusterSchema).Assembly.GetManifestResourceStream("Lodestone.Cluster.Sql.postgres-clustering.sql")
            ?? throw new InvalidOperationException("embedded Sql/postgres-clustering.sql missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
