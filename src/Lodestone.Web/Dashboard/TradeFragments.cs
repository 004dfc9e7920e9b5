using System.Globalization;
using Lodestone.Queries.Trade;

namespace Lodestone.Web.Dashboard;

/// <summary>The trade view of the mineral and country pages, rendered from the one <see cref="TradeQuestion"/> answer the CLI and
/// <c>/api/trade</c> return: per code, the partners asked for and the world's top exporters, then the supplier's share of recorded
/// world exports over the years; and the U.S. trade measures table.</summary>
internal static class TradeFragments
{
    public static Html TradeView(this Html h, TradeJson trade, string idPrefix)
    {
        foreach (var note in trade.Notes)
        {
            h.Element("p", note, ("class", "empty"));
        }
        var cited = trade.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var code in trade.Codes)
        {
            var what = code.Bundle
                ? $"HS {code.Dotted}, a bundle ({string.Join(", ", code.BundleMembers)} together): its figures are the bundle's, never one metal's"
                : $"HS {code.Dotted} {code.Description}";
            h.Raw("<div class=\"card\">").Element("h3", what)
                .Element("p", $"{code.Stage} stage, {code.Nomenclature}, {code.Year?.ToString(CultureInfo.InvariantCulture) ?? "no year with flows"}: world "
                    + (code.WorldValueUsd is { } world ? $"USD {Html.Number(world)} in {Html.Number(code.Flows)} flows" : "no flows recorded (missing, not zero)")
                    + (code.FlowsWithoutTonnes > 0 ? $" ({Html.Number(code.FlowsWithoutTonnes)} without tonnes)." : "."));
            if (code.PartnersOf is { } of)
            {
                h.PartnersTable($"Partners: {of}, USD {Html.Number(code.PartnersTotalUsd ?? 0)}", code.Partners, code.SourceId, cited);
            }
            h.PartnersTable("World's top exporters (share of world exports)", code.TopExporters, code.SourceId, cited).Raw("</div>");
        }
        for (var i = 0; i < trade.SupplierShare.Count; i++)
        {
            var series = trade.SupplierShare[i];
            h.ShareLine($"{idPrefix}-share-{i}", $"{series.Supplier} share of recorded world exports of HS {series.Hs6}{(series.Bundle ? " (bundle)" : "")}", series);
        }
        if (trade.Sources.Count > 0)
        {
            h.Raw("<p><small>Source: ");
            foreach (var s in trade.Sources)
            {
                h.Link("/sources/" + Html.Segment(s.Id), s.Title).Raw(" ");
            }
            h.Raw("</small></p>");
        }
        return h;
    }

    private static Html PartnersTable(this Html h, string caption, IReadOnlyList<TradePartnerJson> partners, string sourceId, HashSet<string> cited)
    {
        h.Raw("<div class=\"scroll\"><table>").Element("caption", caption)
            .Raw("<thead><tr><th scope=\"col\">Partner</th><th scope=\"col\">Value (USD)</th><th scope=\"col\">Tonnes</th><th scope=\"col\">Share</th><th scope=\"col\">USD per tonne</th></tr></thead><tbody>");
        if (partners.Count == 0)
        {
            h.Raw("<tr><td colspan=\"5\" class=\"empty\">No flows recorded.</td></tr>");
        }
        foreach (var p in partners)
        {
            h.Raw("<tr><th scope=\"row\">").CountryLink(p.Iso3, p.Name).Raw("</th><td class=\"n\">");
            var value = Html.Number(p.ValueUsd);
            if (cited.Contains(sourceId))
            {
                h.Sourced(value, sourceId);
            }
            else
            {
                h.Text(value);
            }
            h.Raw("</td><td class=\"n\">").Text(p.Tonnes is { } t ? Html.Number(t, 1) : "missing")
                .Raw("</td><td class=\"n\">").Text(Html.Percent(p.Share * 100))
                .Raw("</td><td class=\"n\">").Text(p.UnitValueUsdPerTonne is { } u ? Html.Number(u) : "—").Raw("</td></tr>");
        }
        return h.Raw("</tbody></table></div>");
    }

    /// <summary>U.S. trade measures (data/us_trade_measures.csv), each row with the source it cites (title, address, date).</summary>
    /// <remarks>The measures' sources live in the measures table, not the knowledge base's source list, so they link out.</remarks>
    public static Html TradeMeasuresTable(this Html h, IReadOnlyList<TradeMeasureJson> measures)
    {
        if (measures.Count == 0)
        {
            return h.Element("p", "No U.S. trade measures recorded.", ("class", "empty"));
        }
        h.Raw("<div class=\"scroll\"><table><thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Measure</th><th scope=\"col\">On</th>")
            .Raw("<th scope=\"col\">Rate</th><th scope=\"col\">Status</th><th scope=\"col\">Summary</th><th scope=\"col\">Source</th></tr></thead><tbody>");
        foreach (var m in measures)
        {
            h.Raw("<tr><td class=\"date\">").Text(m.Date);
            if (m.EffectiveDate is { } effective)
            {
                h.Raw("<br><small>").Text("effective " + effective).Raw("</small>");
            }
            h.Raw("</td><td>").Text(m.MeasureType).Raw("</td><td>").Text(string.Join(", ", m.Targets) + (m.Commodities.Count == 0 ? "" : "; " + string.Join(", ", m.Commodities)))
                .Raw("<br><small>").Text(m.Scope).Raw("</small></td><td>").Text(m.RateText ?? "not stated")
                .Raw("</td><td>").Element("span", m.Status, ("class", "status"));
            if (m.StatusAsOf is { } asOf)
            {
                h.Raw(" <small>").Text("as of " + asOf).Raw("</small>");
            }
            h.Raw("</td><td>").Text(m.Summary).Raw("</td><td>").ExternalLink(m.Source.Url, m.Source.Title)
                .Raw(m.Source.Published is null ? "" : " <small>").Text(m.Source.Published ?? "").Raw(m.Source.Published is null ? "" : "</small>").Raw("</td></tr>");
        }
        return h.Raw("</tbody></table></div>");
    }
}
