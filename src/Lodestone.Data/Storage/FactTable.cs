using Lodestone.Data.Loading;

namespace Lodestone.Data.Storage;

/// <summary>A <see cref="StoreTable"/> for facts of type <typeparamref name="T"/>.</summary>
internal sealed class FactTable<T>(
    string name,
    string file,
    string keyField,
    IReadOnlyList<Column> columns,
    Func<FactSet, IReadOnlyList<T>> get,
    Func<FactSet, IReadOnlyList<T>, FactSet> with,
    Func<T, string> key,
    Func<T, object?[]> values,
    Func<RowReader, T> read) : StoreTable(name, file, keyField, columns)
    where T : notnull
{
    public override IEnumerable<(string Key, object?[] Values)> Rows(FactSet facts) =>
        get(facts).Select(f => (key(f), values(f)));

    public override (string Key, object?[] Values) Row(object fact)
    {
        var typed = (T)fact;
        return (key(typed), values(typed));
    }

    internal override object Read(RowReader row) => read(row);

    public override FactSet With(FactSet facts, IReadOnlyList<object> rows) => with(facts, rows.Cast<T>().ToList());
}
