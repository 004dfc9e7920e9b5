namespace Lodestone.Data.Storage;

/// <summary>The databases a knowledge store can live in.</summary>
public enum StoreBackend
{
    /// <summary>An embedded SQLite file (the default).</summary>
    Sqlite,
    /// <summary>A PostgreSQL database.</summary>
    Postgres,
}
