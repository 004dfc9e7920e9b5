using CsCheck;
using Lodestone.Data.Storage;

namespace Lodestone.Testing.Fuzzing;

/// <summary>Generated store-like tables: typed columns and rows whose texts are the ones CSV files and spreadsheets treat specially.</summary>
/// <remarks>
/// Like every store table, the first column is a non-null 64-bit key (so no row is all blank, which CSV readers skip as padding);
/// the others are of any <see cref="ColumnType"/>, nullable or not. Texts mix plain characters (Latin, accents, the euro sign)
/// with formula starts (= + - @ tab CR), apostrophes, quotes, commas, line ends, leading and trailing spaces and the empty string
/// (which must stay apart from NULL). Reals include NaN, infinities, -0 and subnormals. No NUL: the readers refuse it and
/// PostgreSQL cannot store it.
/// </remarks>
public static class TableRows
{
    private static readonly string[] Tricky =
        ["", "'", "''", "=", "=1+1", "+1", "-1", "-", "@SUM(A1)", "\t", "\r", "\n", "\r\n", "\"", "\"\"", ",", " ", " lead", "trail ", "'=x", "é€", "NULL", "null"];

    /// <summary>A text: tricky pieces and plain characters, joined.</summary>
    public static Gen<string> Text { get; } =
        Gen.OneOf(OneOf(Tricky), Gen.String[Gen.Char[' ', 'ÿ'], 0, 8], Gen.Char['€', '€'].Select(c => c.ToString()))
            .Array[1, 4].Select(parts => string.Concat(parts));

    private static readonly Gen<double> Reals = Gen.OneOf(Gen.Double,
        OneOf([double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, double.Epsilon, 0.1 + 0.2, 1e308, -1e-308]));

    private static Gen<T> OneOf<T>(T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private static Gen<object> Value(ColumnType type) => type switch
    {
        ColumnType.Text => Text.Select(t => (object)t),
        ColumnType.Integer => Gen.Int.Select(n => (object)n),
        ColumnType.BigInt => Gen.Long.Select(n => (object)n),
        ColumnType.Real => Reals.Select(d => (object)d),
        _ => Gen.Bool.Select(b => (object)b),
    };

    /// <summary>A value of the column's type; a nullable column is null one time in four.</summary>
    private static Gen<object?> Cell(Column column) =>
        Gen.Select(Gen.Int[0, 3], Value(column.Type), (k, v) => column.Nullable && k == 0 ? null : (object?)v);

    private static Gen<object?[]> Row(Column[] columns) =>
        columns.Aggregate(Gen.Const(Array.Empty<object?>()), (row, column) => row.SelectMany(cells => Cell(column).Select(v => (object?[])[.. cells, v])));

    /// <summary>Columns: a non-null BigInt key, then 0 to 6 of any type.</summary>
    public static Gen<Column[]> Columns { get; } =
        Gen.Select(Gen.Enum<ColumnType>(), Gen.Bool).Array[0, 6]
            .Select(more => more.Select((c, i) => new Column("c" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), c.Item1, c.Item2))
                .Prepend(new Column("key", ColumnType.BigInt, false)).ToArray());

    /// <summary>A table: its columns and 0 to 12 rows of values of those columns' types.</summary>
    public static Gen<(Column[] Columns, object?[][] Rows)> Tables { get; } =
        Columns.SelectMany(columns => Row(columns).Array[0, 12].Select(rows => (columns, rows)));
}
