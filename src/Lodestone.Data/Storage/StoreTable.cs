using Lodestone.Data.Loading;

namespace Lodestone.Data.Storage;

/// <summary>One table of the store: its columns, the file shape it corresponds to, and how facts map to rows.</summary>
/// <remarks>
/// Every table also has <c>seq</c> (insertion order, so a load returns facts in the order they were imported) and
/// <c>fact_key</c> (unique, from <see cref="FactKeys"/>), which the store adds itself.
/// </remarks>
public abstract class StoreTable(string name, string file, string keyField, IReadOnlyList<Column> columns)
{
    /// <summary>Table name, also the key of the per-table counts.</summary>
    public string Name { get; } = name;

    /// <summary>The data file whose rows become this table's rows.</summary>
    public string File { get; } = file;

    /// <summary>The column of <see cref="File"/> that names a row's key, for error messages.</summary>
    public string KeyField { get; } = keyField;

    /// <summary>The data columns, in order (without <c>seq</c> and <c>fact_key</c>).</summary>
    public IReadOnlyList<Column> Columns { get; } = columns;

    /// <summary>This table's facts in <paramref name="facts"/> as (key, column values).</summary>
    public abstract IEnumerable<(string Key, object?[] Values)> Rows(FactSet facts);

    /// <summary>One fact of this table's type as (key, column values).</summary>
    public abstract (string Key, object?[] Values) Row(object fact);

    /// <summary>Reads one row into a fact.</summary>
    internal abstract object Read(RowReader row);

    /// <summary><paramref name="facts"/> with this table's list replaced by <paramref name="rows"/> (facts from <see cref="Read"/>).</summary>
    public abstract FactSet With(FactSet facts, IReadOnlyList<object> rows);
}
