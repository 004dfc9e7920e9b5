using Lodestone.Domain.Facts;
using Lodestone.Domain.Model;

namespace Lodestone.Data.Loading;

/// <summary>Reads <c>transit_routes.csv</c>: export routes of landlocked suppliers, transit countries and route shares.</summary>
/// <remarks>Shares of one origin and commodity may add to at most 100.5 %; a share needs a kind (published, derived, declared assumption).</remarks>
internal static class TransitRouteReader
{
    public static readonly string[] Columns =
        ["route_id", "origin", "commodity", "destinations", "route_name", "transit_countries", "share_pct", "share_kind", "year", .. SourceColumns.Names];

    public static List<TransitRoute> Read(IEnumerable<CsvRow> rows, ReferenceData reference, SourceRegistry sources)
    {
        var result = new List<(TransitRoute Route, CsvRow Row)>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var id = row.Required("route_id");
            if (id.Length > 0 && !ids.TryAdd(id, row.Line))
            {
                row.Error("route_id", $"duplicate route id '{id}'; first on line {ids[id]}");
            }
            var origin = row.Country("origin", reference.Countries, required: true);
            string? commodity = row.Optional("commodity") is null ? null : row.Commodity("commodity", reference.Commodities);
            var destinations = ReferenceLoader.List(row.Required("destinations"));
            var transit = new List<Iso3>();
            foreach (var code in ReferenceLoader.List(row.Required("transit_countries")))
            {
                if (row.ResolveCountry("transit_countries", code, reference.Countries) is { } c)
                {
                    transit.Add(c);
                }
            }
            var share = row.OptionalPercentShare("share_pct");
            var kindText = row.Required("share_kind");
            var kind = ShareKind(row, kindText);
            if (kind == RouteShareKind.Unknown && share is not null)
            {
                row.Error("share_pct", "a share of kind 'unknown' must be blank");
            }
            if (kind is not null and not RouteShareKind.Unknown && share is null)
            {
                row.Error("share_pct", $"a route share of kind '{kindText}' needs a value");
            }
            var year = row.OptionalInt("year");
            var sourceId = SourceColumns.Register(row, sources);
            if (origin is null || kind is null)
            {
                continue;
            }
            result.Add((new TransitRoute(id, origin.Value, commodity, destinations, row.Required("route_name"), transit, share,
                kind.Value, year, sourceId, row.Optional("notes")), row));
        }
        CheckShareSums(result);
        return result.Select(r => r.Route).ToList();
    }

    /// <summary>The share_kind cell's kind; null when missing or unknown (an unknown word is reported).</summary>
    private static RouteShareKind? ShareKind(CsvRow row, string kindText)
    {
        RouteShareKind? kind = kindText switch
        {
            "published" => RouteShareKind.Published,
            "derived" => RouteShareKind.Derived,
            "declared assumption" => RouteShareKind.DeclaredAssumption,
            "unknown" => RouteShareKind.Unknown,
            _ => null,
        };
        if (kind is null && kindText.Length > 0)
        {
            row.Error("share_kind", $"expected published, derived, declared assumption or unknown, got '{kindText}'");
        }
        return kind;
    }

    /// <summary>Reports, on the last row of each origin and commodity, route shares that add to over 100.5 %.</summary>
    private static void CheckShareSums(List<(TransitRoute Route, CsvRow Row)> routes)
    {
        foreach (var group in routes.GroupBy(r => (r.Route.Origin, r.Route.Commodity)))
        {
            var sum = group.Sum(r => r.Route.Share?.Percent ?? 0);
            if (sum > 100.5)
            {
                var total = sum.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
                group.Last().Row.Error("share_pct", $"route shares of {group.Key.Origin} "
                    + $"{group.Key.Commodity ?? "(any commodity)"} sum to {total} %, expected at most 100 %");
            }
        }
    }
}
