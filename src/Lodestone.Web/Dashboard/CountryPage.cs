using Lodestone.Domain.KnowledgeBase;
using Lodestone.Queries.Countries;
using Lodestone.Queries.Trade;
using Lodestone.Web.Dashboard.Components;
using Lodestone.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Lodestone.Web.Dashboard;

/// <summary>One country: its supplier shares, reserves, trade flows, U.S. trade measures, controls, agreements and projects.</summary>
internal static class CountryPage
{
    /// <param name="year">The data year (vintage), as <c>country --year</c>; also the trade tables' year.</param>
    /// <param name="asOf">The date control statuses are judged on, as <c>--as-of</c>.</param>
    public static IResult Render(DatasetHolder data, string iso3, string? trade = null, int? year = null, string? asOf = null)
    {
        var dataset = data.Current;
        var c = CountryQuestion.Answer(dataset, CountryQuestion.Request(dataset, iso3, asOf, data.Today, year));
        var rows = TradeRows(dataset, c.Iso3, year);
        var chosen = rows.Count == 0 ? null : TradeCommodity(rows, trade);
        return Page.Render<CountryView>(new
        {
            C = c,
            TradeRows = rows,
            TradeCommodity = chosen ?? "",
            TradeYear = year,
            TradeDetail = chosen is null ? null : TradeQuestion.Answer(dataset, TradeQuestion.Request(dataset, chosen, null, c.Iso3, year, c.Iso3)),
        });
    }

    /// <summary>Per code with flows: the country's exports with their share of world exports, and its imports — every figure from
    /// <see cref="TradeQuestion"/>, as <c>trade --exporter</c> and <c>/api/trade</c> give it; the page only chooses the codes.</summary>
    private static List<CountryTradeRow> TradeRows(Dataset dataset, string iso3, int? year)
    {
        var commodities = dataset.Trade.Codes.Values.Where(code => dataset.Trade.LatestYear(code.Hs6) is not null)
            .SelectMany(code => code.IsBundle ? code.BundleMembers : [code.Commodity])
            .Where(name => dataset.Commodities.Find(name) is not null).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var rows = new List<CountryTradeRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var commodity in commodities)
        {
            var exports = TradeQuestion.Answer(dataset, TradeQuestion.Request(dataset, commodity, null, iso3, year, iso3));
            var imports = TradeQuestion.Answer(dataset, TradeQuestion.Request(dataset, commodity, iso3, null, year, iso3));
            foreach (var code in exports.Codes.Where(code => seen.Add(code.Hs6)))
            {
                rows.Add(new CountryTradeRow(commodity, code, imports.Codes.FirstOrDefault(i => i.Hs6 == code.Hs6)));
            }
        }
        return rows;
    }

    /// <summary>The commodity of the detailed trade view: <paramref name="selected"/> when it has a row, else the one where the
    /// country's export share is largest.</summary>
    private static string TradeCommodity(List<CountryTradeRow> rows, string? selected) =>
        selected is not null && rows.Any(r => string.Equals(r.Commodity, selected, StringComparison.OrdinalIgnoreCase))
            ? rows.First(r => string.Equals(r.Commodity, selected, StringComparison.OrdinalIgnoreCase)).Commodity
            : rows.OrderByDescending(r => r.Exports.PartnersShareOfWorld ?? 0).First().Commodity;
}
