using System.Globalization;
using Lodestone.Domain.Model;
using Lodestone.Queries.Contracts;
using Lodestone.Queries.Minerals;
using Lodestone.Queries.Trade;
using Lodestone.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Lodestone.Web.Dashboard;

/// <summary>One mineral: stage bars, map, producers, reserves, U.S. trade, BACI trade flows, U.S. trade measures, controls, agreements, projects, sources.</summary>
internal static class MineralPage
{
    /// <param name="year">The data year (vintage), as <c>mineral --year</c> and <c>/api/minerals/{name}?year=</c>; also the trade view's year.</param>
    /// <param name="asOf">The date control statuses are judged on, as <c>--as-of</c>.</param>
    public static IResult Render(DatasetHolder data, string name, string? stage, int? year = null, string? asOf = null)
    {
        var dataset = data.Current;
        var m = MineralQuestion.Answer(dataset, MineralQuestion.Request(dataset, name, asOf, data.Today, year));
        var h = new Html();
        Badges(h, m);
        h.Raw("<nav class=\"toc\" aria-label=\"On this page\"><a href=\"#stages\">Stages</a><a href=\"#map-section\">Map</a><a href=\"#producers\">Producers</a><a href=\"#reserves\">Reserves</a>")
            .Raw("<a href=\"#trade\">U.S. trade</a><a href=\"#prices\">Prices</a><a href=\"#bilateral\">Trade flows</a><a href=\"#measures\">U.S. trade measures</a><a href=\"#controls\">Controls</a><a href=\"#agreements\">Agreements</a><a href=\"#projects\">Projects</a><a href=\"#sources\">Sources</a></nav>");

        h.Raw("<section id=\"stages\"><h2>Supplier share by stage</h2>");
        if (m.Stages.Count == 0 && m.MissingStages.Count == 0)
        {
            h.Element("p", "No stage shares in the knowledge base.", ("class", "empty"));
        }
        foreach (var missing in m.MissingStages)
        {
            h.Element("p", Fragments.Capitalize(missing.Stage) + ": no world share — " + missing.Reason, ("class", "empty"));
        }
        h.Raw("<div class=\"grid\">");
        foreach (var table in m.Stages)
        {
            h.Raw("<div class=\"card\">").ShareBars(table);
            if (table.YearNote is { } note)
            {
                // A stage of another year than the page's data year says so (Vintages).
                h.Element("p", $"† {note}: no figure for {m.Year?.ToString(CultureInfo.InvariantCulture)} in the data", ("class", "year-note"));
            }
            h.Raw("</div>");
        }
        h.Raw("</div></section>");

        var mapTable = m.Stages.FirstOrDefault(t => t.Stage == stage) ?? m.Stages.FirstOrDefault();
        h.Raw("<section id=\"map-section\"><h2>Map</h2>");
        if (mapTable is null)
        {
            h.Element("p", "No shares to map.", ("class", "empty"));
        }
        else
        {
            h.Raw("<p class=\"stagepick\">Stage: ");
            foreach (var t in m.Stages)
            {
                var href = "/minerals/" + Html.Segment(m.Name) + "?stage=" + Html.Segment(t.Stage) + "#map-section";
                h.Open("a", ("href", href), ("aria-current", t == mapTable ? "true" : null)).Text(t.Stage).Close("a").Raw(" ");
            }
            h.Raw("</p>").Map(m.Name, mapTable, m.Year);
        }
        h.Raw("</section>");

        Producers(h, m);
        Reserves(h, m);
        Trade(h, m);
        Prices(h, m);
        h.Raw("<section id=\"bilateral\"><h2>Trade flows (CEPII BACI): U.S. imports, top exporters, China's share of world exports</h2>")
            .TradeView(TradeQuestion.Answer(dataset, TradeQuestion.Request(dataset, m.Name, "USA", null, year)), "mineral").Raw("</section>");
        h.Raw("<section id=\"measures\"><h2>U.S. trade measures</h2>").TradeMeasuresTable(m.TradeMeasures).Raw("</section>");
        h.Raw("<section id=\"controls\"><h2>Export controls</h2>").ControlsTable(m.Controls).Raw("</section>");
        h.Raw("<section id=\"agreements\"><h2>Agreements</h2>").AgreementsTable(m.Agreements).Raw("</section>");
        h.Raw("<section id=\"projects\"><h2>Projects timeline</h2>").ProjectsTimeline(m.Projects).Raw("</section>");
        h.Raw("<section id=\"sources\"><h2>Sources</h2>").SourcesList(m.Sources).Raw("</section>");
        return Layout.Page(Fragments.Capitalize(m.Name), h, mapTable is null ? [] : MapFragment.Scripts);
    }

    private static void Badges(Html h, MineralDetailDto m)
    {
        h.Raw("<p class=\"badges\">").Element("span", m.Kind, ("class", "badge"));
        if (m.OnUsList2025)
        {
            h.Raw(" ").Element("span", "U.S. critical minerals list 2025", ("class", "badge"));
        }
        if (m.OnEuList2023)
        {
            h.Raw(" ").Element("span", m.EuStrategic2023 ? "EU strategic raw material" : "EU critical raw material", ("class", "badge"));
        }
        if (m.Symbols.Count > 0)
        {
            h.Raw(" ").Element("span", string.Join(", ", m.Symbols), ("class", "badge"));
        }
        h.Raw("</p>");
    }

    private static void Producers(Html h, MineralDetailDto m)
    {
        h.Raw("<section id=\"producers\"><h2>Top producers</h2>");
        if (m.TopProducers.Count == 0)
        {
            h.Element("p", "No production table in the knowledge base.", ("class", "empty")).Raw("</section>");
            return;
        }
        var first = m.TopProducers[0];
        h.Element("p", $"{first.Series}, {first.Year.ToString(CultureInfo.InvariantCulture)}, {first.Unit}.");
        h.Raw("<div class=\"scroll\"><table><thead><tr><th scope=\"col\">Country</th><th scope=\"col\">Output</th><th scope=\"col\">Note</th></tr></thead><tbody>");
        foreach (var p in m.TopProducers)
        {
            h.Raw("<tr><th scope=\"row\">").CountryLink(p.Country, p.Name).Raw("</th><td class=\"n\">");
            if (p.Value is { } v)
            {
                h.Sourced((p.IsLowerBound ? ">" : "") + Html.Number(v, 1) + (p.IsEstimate ? " (e)" : ""), p.SourceId);
            }
            else
            {
                h.Text(null);
            }
            h.Raw("</td><td>").Text(p.Note ?? "").Raw("</td></tr>");
        }
        h.Raw("</tbody></table></div></section>");
    }

    private static void Reserves(Html h, MineralDetailDto m)
    {
        h.Raw("<section id=\"reserves\">").Element("h2", m.Reserves.Count == 0 ? "Reserves"
            : "Reserves (" + (m.Reserves[0].YearNote ?? m.Reserves[0].Year.ToString(CultureInfo.InvariantCulture)) + ")");
        if (m.Reserves.Count == 0)
        {
            h.Element("p", "No reserves in the knowledge base.", ("class", "empty")).Raw("</section>");
            return;
        }
        h.Raw("<div class=\"scroll\"><table><thead><tr><th scope=\"col\">Country</th><th scope=\"col\">Reserves</th><th scope=\"col\">Unit</th><th scope=\"col\">Note</th></tr></thead><tbody>");
        foreach (var r in m.Reserves)
        {
            h.Raw("<tr><th scope=\"row\">").CountryLink(r.Country, r.Name).Raw("</th><td class=\"n\">");
            if (r.Value is { } v)
            {
                h.Sourced((r.IsLowerBound ? ">" : "") + Html.Number(v), r.SourceId);
            }
            else
            {
                h.Text(null);
            }
            h.Raw("</td><td>").Text(r.Unit).Raw("</td><td>").Text(r.Note ?? "").Raw("</td></tr>");
        }
        h.Raw("</tbody></table></div></section>");
    }

    /// <summary>Annual prices and stocks from the USGS salient files: a chart per price series and the figures as published.</summary>
    private static void Prices(Html h, MineralDetailDto m)
    {
        h.Raw("<section id=\"prices\"><h2>Prices and stocks</h2>");
        if (m.Prices.Count == 0)
        {
            h.Element("p", "No USGS salient prices or stocks for this commodity.", ("class", "empty")).Raw("</section>");
            return;
        }
        var years = m.Prices.SelectMany(p => p.Points).Select(p => p.Year).Distinct().Order().ToList();
        h.Raw("<div class=\"charts\">");
        var i = 0;
        foreach (var series in m.Prices.Where(p => p.Kind == "price"))
        {
            h.Raw("<figure class=\"price\">").PriceChart("price-" + i++, series).Open("figcaption").Text(series.Series + " (" + series.Unit + ")").Close("figcaption").Raw("</figure>");
        }
        h.Raw("</div><div class=\"scroll\"><table><thead><tr><th scope=\"col\">Series</th><th scope=\"col\">Unit</th>");
        foreach (var year in years)
        {
            h.Raw("<th scope=\"col\">").Text(year.ToString(CultureInfo.InvariantCulture) + (m.Prices.Any(p => p.Points.Any(x => x.Year == year && x.Estimate)) ? "e" : "")).Raw("</th>");
        }
        h.Raw("</tr></thead><tbody>");
        foreach (var series in m.Prices)
        {
            h.Raw("<tr><th scope=\"row\">").Text(series.Kind + ": " + series.Series).Raw("</th><td>").Text(series.Unit).Raw("</td>");
            foreach (var year in years)
            {
                var point = series.Points.FirstOrDefault(p => p.Year == year);
                h.Raw("<td class=\"n\">");
                if (point?.Value is { } v)
                {
                    h.Sourced(v.ToString("#,##0.##", CultureInfo.InvariantCulture), series.SourceId);
                }
                else
                {
                    h.Text(point?.Mark ?? "—");
                }
                h.Raw("</td>");
            }
            h.Raw("</tr>");
        }
        h.Raw("</tbody></table></div>");
        foreach (var series in m.Prices.Where(p => p.Note is not null))
        {
            h.Element("p", series.Series + ": " + series.Note, ("class", "note"));
        }
        h.Raw("</section>");
    }

    private static void Trade(Html h, MineralDetailDto m)
    {
        h.Raw("<section id=\"trade\"><h2>U.S. trade</h2>");
        if (m.UsTrade.NetImportReliance.Count == 0 && m.UsTrade.ImportSources.Count == 0)
        {
            h.Element("p", "No U.S. trade figures in the knowledge base.", ("class", "empty")).Raw("</section>");
            return;
        }
        h.Raw("<h3>Net import reliance</h3><ul>");
        foreach (var n in m.UsTrade.NetImportReliance)
        {
            var shown = n.Value switch { "E" => "net exporter", "W" => "withheld", "NA" => "not available", _ => n.Value + " %" };
            h.Raw("<li>").Text(n.Series + ", " + (n.YearNote ?? n.Year.ToString(CultureInfo.InvariantCulture)) + ": ").Sourced(shown, n.SourceId);
            if (n.Note is not null)
            {
                h.Raw(" ").Element("small", n.Note);
            }
            h.Raw("</li>");
        }
        h.Raw("</ul><h3>Import sources</h3><div class=\"scroll\"><table><thead><tr><th scope=\"col\">Partner</th><th scope=\"col\">Share</th><th scope=\"col\">Period</th><th scope=\"col\">Form</th></tr></thead><tbody>");
        foreach (var i in m.UsTrade.ImportSources)
        {
            h.Raw("<tr><th scope=\"row\">").CountryLink(i.Partner, i.Name).Raw("</th><td class=\"n\">").Sourced(Html.Percent(i.SharePct), i.SourceId)
                .Raw("</td><td>").Text(i.YearNote ?? i.Period).Raw("</td><td>").Text(i.Category).Raw("</td></tr>");
        }
        h.Raw("</tbody></table></div></section>");
    }
}
