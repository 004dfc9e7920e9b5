using Lodestone.Domain.Facts;
using Lodestone.Domain.Model;

namespace Lodestone.Data.Loading;

/// <summary>Reads production (<c>usgs_mcs_production.csv</c>) and reserves (<c>usgs_mcs_reserves.csv</c>) rows.</summary>
internal static class ProductionReader
{
    public static List<ProductionFact> ReadProduction(IEnumerable<CsvRow> rows, ReferenceData reference, SourceRegistry sources) =>
        StreamProduction(rows, reference, sources, checkKeys: true).ToList();

    /// <summary>The production facts of <paramref name="rows"/>, one at a time as the rows are read.</summary>
    /// <param name="checkKeys">Report a key the rows repeat (every key read is held); false when the store's unique
    /// index checks them instead (a streamed import), so memory stays flat in the number of rows.</param>
    public static IEnumerable<ProductionFact> StreamProduction(IEnumerable<CsvRow> rows, ReferenceData reference,
        SourceRegistry sources, bool checkKeys)
    {
        var keys = checkKeys ? new Dictionary<(string, Stage, string, string, int, OutputKind), int>() : null;
        foreach (var row in rows)
        {
            var raw = row.Required("commodity");
            var commodity = row.Commodity("commodity", reference.Commodities);
            var stageText = row.Required("stage");
            Stage stage = default;
            if (stageText.Length > 0 && !Stages.TryParse(stageText, out stage))
            {
                row.Error("stage", $"expected mine or refinery, got '{stageText}'");
            }
            var country = row.Country("iso3", reference.Countries, required: true, "WLD", "OTH");
            var year = row.RequiredYear("year");
            var value = row.OptionalNumber("value");
            var unit = row.Required("unit");
            var estimate = row.RequiredBool("is_estimate");
            var note = row.Optional("note");
            var kindText = row.Optional("kind");
            var kind = OutputKind.Production;
            if (kindText is not null && !Enum.TryParse(kindText, ignoreCase: true, out kind))
            {
                row.Error("kind", $"expected production or capacity, got '{kindText}'");
            }
            var sourceId = sources.FromRow(row);
            if (commodity is null || country is null)
            {
                continue;
            }
            var series = SeriesName(raw, commodity, stage);
            var key = (series, stage, commodity, country.Value.Code, year, kind);
            if (keys is not null && !keys.TryAdd(key, row.Line))
            {
                row.Error("iso3", $"duplicate key ({raw}, {stageText}, {country}, {year}); first on line {keys[key]}");
                continue;
            }
            yield return new ProductionFact(commodity, stage, series, country.Value, year, value, unit, estimate,
                IsLowerBound(note), note, sourceId, kind);
        }
    }

    public static List<ReserveFact> ReadReserves(IEnumerable<CsvRow> rows, ReferenceData reference, SourceRegistry sources) =>
        StreamReserves(rows, reference, sources, checkKeys: true).ToList();

    /// <summary>The reserve facts of <paramref name="rows"/>, one at a time; <paramref name="checkKeys"/> as
    /// <see cref="StreamProduction"/>.</summary>
    public static IEnumerable<ReserveFact> StreamReserves(IEnumerable<CsvRow> rows, ReferenceData reference,
        SourceRegistry sources, bool checkKeys)
    {
        var keys = checkKeys ? new Dictionary<(string, string), int>() : null;
        foreach (var row in rows)
        {
            var raw = row.Required("commodity");
            var commodity = row.Commodity("commodity", reference.Commodities);
            var country = row.Country("iso3", reference.Countries, required: true, "WLD", "OTH");
            var value = row.OptionalNumber("value");
            var unit = row.Required("unit");
            var note = row.Optional("note");
            var sourceId = sources.FromRow(row);
            var year = ReserveYear(row.Optional("source"));
            if (year is null)
            {
                row.Error("source", "cannot tell the reserves year: expected the source to name the MCS edition (MCS 2025 → 2024)");
            }
            if (commodity is null || country is null || year is null)
            {
                continue;
            }
            // PGM reserves are published for the group; keep the group name as the key.
            var key = (raw, country.Value.Code);
            if (keys is not null && !keys.TryAdd(key, row.Line))
            {
                row.Error("iso3", $"duplicate key ({raw}, {country}); first on line {keys[key]}");
                continue;
            }
            // Same convention as production: "titanium mineral concentrates (ilmenite)" → series "ilmenite".
            var paren = raw.IndexOf('(', StringComparison.Ordinal);
            var series = string.Equals(raw, commodity, StringComparison.OrdinalIgnoreCase) ? null
                : paren > 0 ? raw[(paren + 1)..].TrimEnd(')').Trim() : raw;
            yield return new ReserveFact(commodity, country.Value, year.Value, value, unit, IsLowerBound(note), note, sourceId,
                series);
        }
    }

    /// <summary>The series a row belongs to: the qualifier of a split commodity key ("silicon (ferrosilicon)" → "ferrosilicon"),
    /// the source's own name when it differs from the canonical one ("natural graphite"), else the stage's production kind.</summary>
    public static string SeriesName(string raw, string canonical, Stage stage)
    {
        var paren = raw.IndexOf('(', StringComparison.Ordinal);
        if (paren > 0)
        {
            return raw[(paren + 1)..].TrimEnd(')').Trim();
        }
        if (!string.Equals(raw, canonical, StringComparison.OrdinalIgnoreCase))
        {
            return raw;
        }
        return stage == Stage.Mining ? "mine production" : "refinery production";
    }

    private static bool IsLowerBound(string? note) =>
        note is not null && note.Contains("lower bound", StringComparison.OrdinalIgnoreCase);

    /// <summary>MCS editions publish reserves as of the previous year: "MCS 2025" or "Mineral Commodity Summaries 2025" → 2024.</summary>
    private static int? ReserveYear(string? source)
    {
        var match = source is null ? null : System.Text.RegularExpressions.Regex.Match(source, @"(?:MCS|Mineral Commodity Summaries)\s?(\d{4})");
        return match is { Success: true } ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) - 1 : null;
    }
}
