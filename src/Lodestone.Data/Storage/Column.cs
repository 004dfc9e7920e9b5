namespace Lodestone.Data.Storage;

/// <summary>A column of a store table: its name, type, and whether it may hold NULL (missing data stays missing).</summary>
public sealed record Column(string Name, ColumnType Type, bool Nullable);
