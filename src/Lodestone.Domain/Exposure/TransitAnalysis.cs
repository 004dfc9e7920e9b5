using System.Globalization;
using Lodestone.Domain.Facts;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Exposure;

/// <summary>Transit exposure: which share of an importer's imports crosses a given country, from the routes of landlocked partners.</summary>
/// <remarks>
/// For each import partner with routes (commodity-specific routes first, else routes for any commodity) that serve the
/// importer's region: known route shares πᵣ count in full; the remaining share U = 1 − Σπᵣ is spread over the routes
/// with unknown share. The lower bound counts U only when every unknown route crosses the country; the upper bound
/// when any does. Exposure = Σₚ importShareₚ × route share crossing the country.
/// </remarks>
internal static class TransitAnalysis
{
    public static TransitExposure? Exposure(Dataset dataset, Iso3 importer, Iso3 transitCountry, string commodity, IReadOnlyDictionary<Iso3, double> importShares)
    {
        var region = TradeRegions.Of(dataset.Countries.Find(importer), importer);
        double lower = 0, upper = 0;
        var used = new List<string>();
        foreach (var (partner, share) in importShares)
        {
            var routes = RoutesFor(dataset, partner, commodity).Where(r => r.Serves(region)).ToList();
            if (routes.Count == 0)
            {
                continue;
            }
            var known = routes.Where(r => r.Share is not null).ToList();
            var unknown = routes.Where(r => r.Share is null).ToList();
            var knownCrossing = known.Where(r => r.TransitCountries.Contains(transitCountry)).Sum(r => r.Share!.Value.Value);
            var rest = Math.Max(0, 1 - known.Sum(r => r.Share!.Value.Value));
            var allUnknownCross = unknown.Count > 0 && unknown.All(r => r.TransitCountries.Contains(transitCountry));
            var anyUnknownCross = unknown.Any(r => r.TransitCountries.Contains(transitCountry)) || (unknown.Count == 0 && rest > 1e-9);
            lower += share * (knownCrossing + (allUnknownCross ? rest : 0));
            upper += share * (knownCrossing + (anyUnknownCross ? rest : 0));
            used.AddRange(routes.Select(r => r.Id + " " + (r.Share is { } s
                ? s.Percent.ToString("0.#", CultureInfo.InvariantCulture) + " % (" + Kind(r.ShareKind) + ")"
                : "share unknown") + " via " + string.Join("-", r.TransitCountries.Select(c => c.Code))));
        }
        return used.Count == 0 ? null : new TransitExposure(transitCountry, Math.Min(1, lower), Math.Min(1, upper), used);
    }

    /// <summary>Routes of an origin for a commodity: commodity-specific ones when any exist, else the generic ones.</summary>
    public static IReadOnlyList<TransitRoute> RoutesFor(Dataset dataset, Iso3 origin, string commodity)
    {
        var all = dataset.TransitRoutes.Where(r => r.Origin == origin).ToList();
        var specific = all.Where(r => r.Commodity == commodity).ToList();
        return specific.Count > 0 ? specific : all.Where(r => r.Commodity is null).ToList();
    }

    private static string Kind(RouteShareKind kind) => kind switch
    {
        RouteShareKind.Published => "published",
        RouteShareKind.Derived => "derived",
        RouteShareKind.DeclaredAssumption => "declared assumption",
        _ => "unknown",
    };
}
