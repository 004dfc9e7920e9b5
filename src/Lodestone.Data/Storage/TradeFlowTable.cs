using System.Data.Common;
using Lodestone.Domain.Model;
using Lodestone.Domain.Trade;
using static Lodestone.Data.Storage.ColumnType;

namespace Lodestone.Data.Storage;

/// <summary>The <c>trade_flows</c> table (<c>0003_trade_flows</c>): its columns and how a <see cref="TradeFlow"/> maps to a row.</summary>
/// <remarks>
/// Not a <see cref="StoreTable"/>: a full BACI release is ~11 million rows, so this table has no <c>fact_key</c> text column
/// (its natural key is the unique index on hs6, nomenclature, year, exporter, importer) and is written by streaming, never
/// held in memory whole. An unknown nomenclature is stored as "" (the column is NOT NULL so the unique index holds) and
/// read back as null.
/// </remarks>
internal static class TradeFlowTable
{
    public const string Name = "trade_flows";

    /// <summary>The data columns after <c>seq</c>, in the order of the migration.</summary>
    public static IReadOnlyList<Column> Columns { get; } =
    [
        new("nomenclature", Text, false), new("year", Integer, false), new("hs6", Text, false), new("exporter", Text, false),
        new("importer", Text, false), new("value_usd", Real, false), new("tonnes", Real, true), new("source_id", Text, false),
    ];

    /// <summary>The key columns, in the order of the unique index.</summary>
    public static IReadOnlyList<string> KeyColumns { get; } = ["hs6", "nomenclature", "year", "exporter", "importer"];

    /// <summary>One flow as column values, in <see cref="Columns"/> order.</summary>
    public static object?[] Values(TradeFlow f) =>
        [f.Nomenclature ?? "", f.Year, f.Hs6, f.Exporter.Code, f.Importer.Code, f.ValueUsd, f.Tonnes, f.SourceId];

    /// <summary>The natural key of a flow in words, as <see cref="FactKeys.Describe"/> writes keys: "(811292, HS17, 2024, CHN, USA)".</summary>
    public static string Describe(TradeFlow f) => Describe(f.Hs6, f.Nomenclature ?? "", f.Year, f.Exporter.Code, f.Importer.Code);

    public static string Describe(string hs6, string nomenclature, int year, string exporter, string importer) =>
        $"({hs6}, {(nomenclature.Length == 0 ? "-" : nomenclature)}, {year.ToString(System.Globalization.CultureInfo.InvariantCulture)}, {exporter}, {importer})";

    internal static string SelectSql(IReadOnlyCollection<string>? hs6) =>
        $"SELECT {string.Join(", ", Columns.Select(c => c.Name))} FROM {Name}"
        + (hs6 is null ? "" : $" WHERE hs6 IN ({string.Join(", ", hs6.Select(Literal))})")
        + " ORDER BY seq";

    /// <summary>Reads one row; <paramref name="codes"/> interns country codes so 11 M rows do not hold 22 M strings.</summary>
    internal static TradeFlow Read(DbDataReader reader, Dictionary<string, Iso3> codes, Dictionary<string, string> strings)
    {
        var nomenclature = Intern(reader.GetString(0), strings);
        return new TradeFlow(
            Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture),
            Country(reader.GetString(3), codes),
            Country(reader.GetString(4), codes),
            Intern(reader.GetString(2), strings),
            reader.GetDouble(5),
            reader.IsDBNull(6) ? null : reader.GetDouble(6),
            Intern(reader.GetString(7), strings),
            nomenclature.Length == 0 ? null : nomenclature);
    }

    private static string Literal(string hs6) =>
        hs6.Length == 6 && hs6.All(char.IsAsciiDigit) ? "'" + hs6 + "'" : throw new ArgumentException($"'{hs6}' is not a six-digit HS code", nameof(hs6));

    private static Iso3 Country(string code, Dictionary<string, Iso3> codes)
    {
        if (!codes.TryGetValue(code, out var iso))
        {
            codes[code] = iso = new Iso3(code);
        }
        return iso;
    }

    private static string Intern(string text, Dictionary<string, string> strings)
    {
        if (!strings.TryGetValue(text, out var interned))
        {
            strings[text] = interned = text;
        }
        return interned;
    }
}
