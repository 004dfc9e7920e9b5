using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Lodestone.Domain.Model;

namespace Lodestone.Data.Storage;

/// <summary>Typed reads of one result row, columns in the order of the table's column list.</summary>
/// <remarks>Both backends go through here, so SQLite's 64-bit integers and PostgreSQL's 32-bit ones read the same.</remarks>
public sealed class RowReader(DbDataReader reader)
{
    public string Text(int i) => reader.GetString(i);

    public string? OptionalText(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    public int Integer(int i) => Convert.ToInt32(reader.GetValue(i), CultureInfo.InvariantCulture);

    public int? OptionalInteger(int i) => reader.IsDBNull(i) ? null : Integer(i);

    public double? OptionalDouble(int i) => reader.IsDBNull(i) ? null : reader.GetDouble(i);

    public double Double(int i) => reader.GetDouble(i);

    public bool Boolean(int i) => reader.GetBoolean(i);

    public Iso3 Iso3(int i) => new(Text(i));

    public Iso3? OptionalIso3(int i) => reader.IsDBNull(i) ? null : new Iso3(reader.GetString(i));

    public PartialDate Date(int i) => PartialDate.Parse(Text(i));

    public PartialDate? OptionalDate(int i) => reader.IsDBNull(i) ? null : PartialDate.Parse(reader.GetString(i));

    public decimal? OptionalDecimal(int i) =>
        reader.IsDBNull(i) ? null : decimal.Parse(reader.GetString(i), NumberStyles.Number, CultureInfo.InvariantCulture);

    public IReadOnlyList<string> List(int i) => JsonSerializer.Deserialize<List<string>>(Text(i)) ?? [];

    public T Enum<T>(int i) where T : struct, Enum => System.Enum.Parse<T>(Text(i));
}
