using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Lodestone.Domain.Model;

namespace Lodestone.Data.Storage;

/// <summary>Typed reads of one result row, columns in the order of the table's column list.</summary>
/// <remarks>Both backends go through here, so SQLite's 64-bit integers and PostgreSQL's 32-bit ones read the same.</remarks>
internal sealed class RowReader(DbDataReader reader)
{
    /// <summary>The column last asked for, so a value that fails to read can be named (-1 before any).</summary>
    public int LastColumn { get; private set; } = -1;

    private int At(int i) => LastColumn = i;

    public string Text(int i) => reader.GetString(At(i));

    public string? OptionalText(int i) => reader.IsDBNull(At(i)) ? null : reader.GetString(At(i));

    public int Integer(int i) => Convert.ToInt32(reader.GetValue(At(i)), CultureInfo.InvariantCulture);

    public int? OptionalInteger(int i) => reader.IsDBNull(At(i)) ? null : Integer(i);

    public double? OptionalDouble(int i) => reader.IsDBNull(At(i)) ? null : reader.GetDouble(At(i));

    public double Double(int i) => reader.GetDouble(At(i));

    public bool Boolean(int i) => reader.GetBoolean(At(i));

    public Iso3 Iso3(int i) => new(Text(i));

    public Iso3? OptionalIso3(int i) => reader.IsDBNull(At(i)) ? null : new Iso3(reader.GetString(At(i)));

    public PartialDate Date(int i) => PartialDate.Parse(Text(i));

    public PartialDate? OptionalDate(int i) => reader.IsDBNull(At(i)) ? null : PartialDate.Parse(reader.GetString(At(i)));

    public decimal? OptionalDecimal(int i) =>
        reader.IsDBNull(At(i)) ? null : decimal.Parse(reader.GetString(At(i)), NumberStyles.Number, CultureInfo.InvariantCulture);

    public IReadOnlyList<string> List(int i) => JsonSerializer.Deserialize<List<string>>(Text(i)) ?? [];

    public T Enum<T>(int i) where T : struct, Enum => System.Enum.Parse<T>(Text(i));
}
