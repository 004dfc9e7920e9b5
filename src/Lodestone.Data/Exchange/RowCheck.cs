using System.Data;
using Lodestone.Data.Loading;
using Lodestone.Data.Storage;
using Lodestone.Domain.Model;

namespace Lodestone.Data.Exchange;

/// <summary>Checks that an imported store row reads back as the fact (or trade flow) it claims to be, in the store's own form.</summary>
/// <remarks>
/// The row is read by the table's own reader (<see cref="StoreTable.Read"/>), as a load would read it; then written again by the
/// table (<see cref="StoreTable.Rows"/>), which must give the same key and the same values. So an import cannot leave a row that a
/// later load would fail on, or whose <c>fact_key</c> no longer matches its content.
/// </remarks>
internal sealed class RowCheck
{
    private readonly RawTable _table;
    private readonly DataTable _scratch = new();
    private readonly Dictionary<string, Iso3> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

    private RowCheck(RawTable table, int columns)
    {
        _table = table;
        for (var i = 0; i < columns; i++)
        {
            _scratch.Columns.Add("c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), typeof(object));
        }
    }

    /// <summary>The check of <paramref name="table"/>'s rows, or null when its rows need no more than their types (news tables).</summary>
    public static RowCheck? For(RawTable table) =>
        table.Fact is { } fact ? new RowCheck(table, fact.Columns.Count)
        : table == RawTables.TradeFlows ? new RowCheck(table, TradeFlowTable.Columns.Count)
        : null;

    /// <summary>Null when <paramref name="row"/> is good, else the field at fault and why.</summary>
    public (string Field, string Message)? Check(object?[] row)
    {
        var offset = _table.Fact is null ? 1 : RawTable.FactOffset;
        _scratch.Rows.Clear();
        _scratch.Rows.Add(row.Skip(offset).Select(v => v ?? DBNull.Value).ToArray());
        using var reader = _scratch.CreateDataReader();
        reader.Read();
        var typed = new RowReader(reader);
        object value;
        try
        {
            value = _table.Fact is { } fact ? fact.Read(typed) : TradeFlowTable.Read(reader, _codes, _strings);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidCastException or OverflowException or System.Text.Json.JsonException
            or InvalidOperationException)
        {
            var column = typed.LastColumn >= 0 ? _table.Columns[offset + typed.LastColumn].Name : _table.Columns[offset].Name;
            return (column, "not a valid value here: " + e.Message.Split('\n')[0]);
        }
        if (_table.Fact is not { } table)
        {
            return null;
        }
        var (key, values) = table.Rows(table.With(FactSet.Empty, [value])).Single();
        if (!string.Equals(key, row[1] as string, StringComparison.Ordinal))
        {
            return ("fact_key", $"expected '{CellText.Shorten(key)}', the key of this row's fact");
        }
        for (var i = 0; i < values.Length; i++)
        {
            if (!string.Equals(CellText.Format(values[i]), CellText.Format(row[offset + i]), StringComparison.Ordinal))
            {
                return (table.Columns[i].Name, $"reads back as '{CellText.Shorten(CellText.Format(values[i]) ?? "")}' (not in the store's form)");
            }
        }
        return null;
    }
}
