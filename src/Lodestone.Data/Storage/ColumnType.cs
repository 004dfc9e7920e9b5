namespace Lodestone.Data.Storage;

/// <summary>The few column types the schema uses; each backend maps them to its own parameter types.</summary>
public enum ColumnType
{
    /// <summary>TEXT: names, codes, dates as YYYY[-MM[-DD]], lists as JSON arrays, USD amounts as exact decimal text.</summary>
    Text,
    /// <summary>INTEGER (32-bit): years, ranks.</summary>
    Integer,
    /// <summary>BIGINT (64-bit): row numbers (<c>seq</c>) and news ids.</summary>
    BigInt,
    /// <summary>DOUBLE PRECISION: quantities and shares, stored bit for bit.</summary>
    Real,
    /// <summary>BOOLEAN.</summary>
    Bool,
}
