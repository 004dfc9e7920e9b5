using System.Data;

namespace Lodestone.Data.Storage;

/// <summary>A SQL NULL of a known type, for <see cref="SharedTables.Command"/>: a boxed null number has lost its type.</summary>
internal sealed class TypedNull(DbType type)
{
    public static readonly TypedNull Int64 = new(DbType.Int64);

    public DbType Type { get; } = type;
}
