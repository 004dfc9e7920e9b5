using Lodestone.Domain.Trade;

namespace Lodestone.Data.Loading;

/// <summary>Reads <c>us_trade_measures.csv</c>: trade measures that shape flows, each row with its source (title, URL, date).</summary>
public static class TradeMeasureReader
{
    public static readonly string[] Columns =
    [
        "id", "date", "effective_date", "measure_type", "imposing_country", "target_countries", "commodities", "scope", "rate_text", "status",
        "status_as_of", "summary", "source", "source_url", "source_date", "notes",
    ];

    /// <summary>What a measure can be; a reviewer accepting a policy article names one of these.</summary>
    public static readonly IReadOnlyList<string> Types = ["tariff", "antidumping", "countervailing", "trade_status", "policy_call"];

    /// <summary>The measures of <paramref name="rows"/>, their sources registered in <paramref name="sources"/>; problems go to the rows' issue log as file:line:field.</summary>
    public static IEnumerable<TradeMeasure> Read(IEnumerable<CsvRow> rows, ReferenceData reference, SourceRegistry sources)
    {
        foreach (var row in rows)
        {
            var type = row.Required("measure_type");
            if (type.Length > 0 && !Types.Contains(type))
            {
                row.Error("measure_type", $"expected one of {string.Join(", ", Types)}, got '{type}'");
            }
            var targets = List(row.Optional("target_countries")).Select(t => row.ResolveCountry("target_countries", t, reference.Countries)).ToList();
            var commodities = List(row.Optional("commodities")).Select(c => reference.Commodities.Find(c)?.Name ?? Unknown(row, c)).ToList();
            var imposing = row.Country("imposing_country", reference.Countries, required: true);
            var source = SourceColumns.Register(row, sources);
            if (imposing is { } by && targets.All(t => t is not null) && commodities.All(c => c is not null))
            {
                yield return new TradeMeasure(row.Required("id"), row.RequiredDate("date"), row.OptionalDate("effective_date"), type, by,
                    targets.Select(t => t!.Value).ToList(), commodities.Select(c => c!).ToList(), row.Required("scope"), row.Optional("rate_text"),
                    row.Required("status"), row.OptionalDate("status_as_of"), row.Required("summary"), source, row.Optional("notes"));
            }
        }
    }

    private static string? Unknown(CsvRow row, string commodity)
    {
        row.Error("commodities", $"unknown commodity '{commodity}' (expected a name from reference/commodities.csv)");
        return null;
    }

    private static List<string> List(string? text) =>
        text is null ? [] : text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
}
