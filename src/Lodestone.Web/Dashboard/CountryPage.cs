using System.Globalization;
using Lodestone.Domain.Model;
using Lodestone.Queries.Countries;
using Lodestone.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Lodestone.Web.Dashboard;

/// <summary>One country: its supplier shares, reserves, controls, agreements and projects.</summary>
internal static class CountryPage
{
    public static IResult Render(DatasetHolder data, string iso3)
    {
        var dataset = data.Current;
        var c = CountryQuestion.Answer(dataset, CountryQuestion.Request(dataset, iso3, null, data.Today));
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
                    .Text(s.Year.ToString(CultureInfo.InvariantCulture)).Raw("</td><td class=\"n\">").Text(s.Rank.ToString(CultureInfo.InvariantCulture))
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
                h.Raw("</li>");
            }
            h.Raw("</ul>");
        }
        h.Raw("</section><section id=\"controls-imposed\"><h2>Export controls imposed</h2>").ControlsTable(c.ControlsImposed)
            .Raw("</section><section id=\"controls-faced\"><h2>Export controls it faces</h2>").ControlsTable(c.ControlsFaced)
            .Raw("</section><section id=\"agreements\"><h2>Agreements</h2>").AgreementsTable(c.Agreements)
            .Raw("</section><section id=\"projects\"><h2>Projects</h2>").ProjectsTimeline(c.Projects)
            .Raw("</section><section id=\"sources\"><h2>Sources</h2>").SourcesList(c.Sources).Raw("</section>");
        return Layout.Page(c.Name, h);
    }
}
