using System.Globalization;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;
using Lodestone.Queries.Countries;
using Lodestone.Queries.Trade;
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
        var h = new Html();
        h.Raw("<p class=\"badges\">").Element("span", c.Iso3, ("class", "badge"));
        foreach (var g in c.Groups)
        {
            h.Raw(" ").Element("span", g, ("class", "badge"));
        }
        h.Raw("</p>");
        if (c.IsoName != c.Name)
        {
            h.Element("p", c.IsoName);
        }

        h.Raw("<section id=\"shares\"><h2>Supplier shares</h2>");
        if (c.Shares.Count == 0)
        {
            h.Element("p", "Not among the listed suppliers of any stage.", ("class", "empty"));
        }
        else
        {
            h.Raw("<div class=\"scroll\"><table><thead><tr><th scope=\"col\">Mineral</th><th scope=\"col\">Stage</th><th scope=\"col\">Year</th><th scope=\"col\">Rank</th><th scope=\"col\">Share</th></tr></thead><tbody>");
            foreach (var s in c.Shares)
            {
                h.Raw("<tr><th scope=\"row\">").MineralLink(s.Commodity).Raw("</th><td>").Text(s.Stage).Raw("</td><td>")
                    .Text(s.YearNote is null ? s.Year.ToString(CultureInfo.InvariantCulture) : "† " + s.YearNote).Raw("</td><td class=\"n\">").Text(s.Rank.ToString(CultureInfo.InvariantCulture))
                    .Raw("</td><td class=\"n\">").Sourced(Html.Percent(s.SharePct, s.Qualifier), s.SourceId).Raw("</td></tr>");
            }
            h.Raw("</tbody></table></div>");
        }
        h.Raw("</section><section id=\"reserves\"><h2>Reserves</h2>");
        if (c.Reserves.Count == 0)
        {
            h.Element("p", "No reserves recorded.", ("class", "empty"));
        }
        else
        {
            h.Raw("<ul>");
            foreach (var r in c.Reserves)
            {
                h.Raw("<li>").MineralLink(r.Commodity).Raw(": ");
                if (r.Value is { } v)
                {
                    h.Sourced((r.IsLowerBound ? ">" : "") + Html.Number(v) + " " + r.Unit, r.SourceId);
                }
                else
                {
                    h.Text(null).Raw(" ").Text(r.Note ?? "");
                }
                h.Text(" (" + (r.YearNote ?? r.Year.ToString(CultureInfo.InvariantCulture)) + ")").Raw("</li>");
            }
            h.Raw("</ul>");
        }
        h.Raw("</section>");
        Trade(h, dataset, c.Iso3, trade, year);
        h.Raw("<section id=\"measures\"><h2>U.S. trade measures</h2>").TradeMeasuresTable(c.TradeMeasures);
        h.Raw("</section><section id=\"controls-imposed\"><h2>Export controls imposed</h2>").ControlsTable(c.ControlsImposed)
            .Raw("</section><section id=\"controls-faced\"><h2>Export controls it faces</h2>").ControlsTable(c.ControlsFaced)
            .Raw("</section><section id=\"agreements\"><h2>Agreements</h2>").AgreementsTable(c.Agreements)
            .Raw("</section><section id=\"projects\"><h2>Projects</h2>").ProjectsTimeline(c.Projects)
            .Raw("</section><section id=\"sources\"><h2>Sources</h2>").SourcesList(c.Sources).Raw("</section>");
        return Layout.Page(c.Name, h);
    }

    /// <summary>Per code with flows: the country's exports, its share of world exports and its imports (BACI, from
    /// <see cref="TradeQuestion"/>); then, for one commodity (<paramref name="selected"/>, else the one where its export share is
    /// largest), the full trade view with the country as exporter: its partners, the world's top exporters and its own share
    /// of recorded world exports over the years.</summary>
    private static void Trade(Html h, Dataset dataset, string iso3, string? selected, int? year)
    {
        h.Raw("<section id=\"trade\"><h2>Trade flows (CEPII BACI)</h2>");
        var commodities = dataset.Trade.Codes.Values.Where(code => dataset.Trade.LatestYear(code.Hs6) is not null)
            .SelectMany(code => code.IsBundle ? code.BundleMembers : [code.Commodity])
            .Where(name => dataset.Commodities.Find(name) is not null).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var rows = new List<(string Commodity, TradeCodeJson Exports, TradeCodeJson? Imports)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var commodity in commodities)
        {
            var exports = TradeQuestion.Answer(dataset, TradeQuestion.Request(dataset, commodity, null, iso3, year, iso3));
            var imports = TradeQuestion.Answer(dataset, TradeQuestion.Request(dataset, commodity, iso3, null, year, iso3));
            foreach (var code in exports.Codes.Where(code => seen.Add(code.Hs6)))
            {
                rows.Add((commodity, code, imports.Codes.FirstOrDefault(i => i.Hs6 == code.Hs6)));
            }
        }
        if (rows.Count == 0)
        {
            h.Element("p", "No trade flows in the data.", ("class", "empty")).Raw("</section>");
            return;
        }
        h.Raw("<div class=\"scroll\"><table>").Element("caption", $"{iso3} in world trade of each code, {(year is { } y ? y.ToString(CultureInfo.InvariantCulture) : "latest year")}, by value (— no flows recorded that year)")
            .Raw("<thead><tr><th scope=\"col\">Code</th><th scope=\"col\">Mineral</th><th scope=\"col\">Year</th><th scope=\"col\">Exports (USD)</th>")
            .Raw("<th scope=\"col\">Share of world exports</th><th scope=\"col\">Imports (USD)</th><th scope=\"col\">Largest supplier</th></tr></thead><tbody>");
        foreach (var (commodity, exports, imports) in rows)
        {
            var share = exports.WorldValueUsd is > 0 and { } world && exports.PartnersTotalUsd is { } total ? total / world : (double?)null;
            var supplier = imports?.Partners.FirstOrDefault();
            h.Raw("<tr><th scope=\"row\">").Text("HS " + exports.Dotted + (exports.Bundle ? " (bundle)" : "")).Raw("</th><td>")
                .Link("/countries/" + Html.Segment(iso3) + "?trade=" + Html.Segment(commodity) + "#trade-detail", commodity)
                .Raw("</td><td>").Text(exports.Year?.ToString(CultureInfo.InvariantCulture) ?? "—")
                .Raw("</td><td class=\"n\">").Text(exports.Flows > 0 ? Html.Number(exports.PartnersTotalUsd ?? 0) : "—")
                .Raw("</td><td class=\"n\">").Text(share is { } sh ? Html.Percent(sh * 100) : "—")
                .Raw("</td><td class=\"n\">").Text(imports is { Flows: > 0 } ? Html.Number(imports.PartnersTotalUsd ?? 0) : "—")
                .Raw("</td><td>").Text(supplier is null ? "—" : $"{supplier.Name} ({Html.Percent(supplier.Share * 100)})").Raw("</td></tr>");
        }
        h.Raw("</tbody></table></div>");
        var chosen = selected is not null && rows.Any(r => string.Equals(r.Commodity, selected, StringComparison.OrdinalIgnoreCase))
            ? rows.First(r => string.Equals(r.Commodity, selected, StringComparison.OrdinalIgnoreCase)).Commodity
            : rows.OrderByDescending(r => r.Exports.WorldValueUsd is > 0 and { } world ? (r.Exports.PartnersTotalUsd ?? 0) / world : 0).First().Commodity;
        h.Raw("<section id=\"trade-detail\">").Element("h3", $"{Fragments.Capitalize(chosen)}: {iso3}'s export partners, the world's top exporters, {iso3}'s share of world exports")
            .TradeView(TradeQuestion.Answer(dataset, TradeQuestion.Request(dataset, chosen, null, iso3, year, iso3)), "country")
            .Raw("</section></section>");
    }
}
