using Lodestone.Domain.Facts;

namespace Lodestone.Data.Loading;

/// <summary>Reads <c>governance_wgi.csv</c>: World Bank WGI estimates per country and year (−2.5 … 2.5, blank = not published).</summary>
internal static class GovernanceReader
{
    public static readonly string[] Columns =
        ["iso3", "year", "control_of_corruption", "government_effectiveness", "political_stability", "regulatory_quality", "rule_of_law", "voice_accountability", .. SourceColumns.Names];

    public static List<GovernanceFact> Read(IEnumerable<CsvRow> rows, ReferenceData reference, SourceRegistry sources)
    {
        var result = new List<GovernanceFact>();
        var keys = new Dictionary<(string, int), int>();
        foreach (var row in rows)
        {
            var country = row.Country("iso3", reference.Countries, required: true);
            var year = row.RequiredYear("year");
            var values = Columns[2..8].Select(c => Estimate(row, c)).ToArray();
            var sourceId = SourceColumns.Register(row, sources);
            if (country is null)
            {
                continue;
            }
            if (keys.TryGetValue((country.Value.Code, year), out var first))
            {
                row.Error("iso3", $"duplicate WGI row ({country}, {year}); first on line {first}");
                continue;
            }
            keys[(country.Value.Code, year)] = row.Line;
            result.Add(new GovernanceFact(country.Value, year, values[0], values[1], values[2], values[3], values[4], values[5], sourceId));
        }
        return result;
    }

    private static double? Estimate(CsvRow row, string column)
    {
        var value = row.OptionalNumber(column, allowNegative: true);
        if (value is { } v && (v < -5 || v > 5))
        {
            row.Error(column, $"expected a WGI estimate on the published scale (about -2.5 to 2.5), got {v.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
            return null;
        }
        return value;
    }
}
