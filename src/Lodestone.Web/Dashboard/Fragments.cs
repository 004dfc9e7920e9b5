using System.Globalization;
using Lodestone.Queries.Contracts;

namespace Lodestone.Web.Dashboard;

/// <summary>Pieces several pages share: sourced numbers, country links, share bars, fact tables.</summary>
internal static class Fragments
{
    /// <summary>A number that links to its source, the habit of every figure on the dashboard.</summary>
    public static Html Sourced(this Html h, string text, string sourceId, string? title = null) =>
        h.Open("a", ("href", "/sources/" + Html.Segment(sourceId)), ("class", "num"), ("title", title ?? "source: " + sourceId))
            .Text(text).Close("a");

    public static Html CountryLink(this Html h, string? iso3, string name)
    {
        if (iso3 is null or "ROW" or "OTH" or "WLD")
        {
            return h.Text(name);
        }
        return h.Link("/countries/" + Html.Segment(iso3), name);
    }

    public static Html MineralLink(this Html h, string name) => h.Link("/minerals/" + Html.Segment(name), name);

    /// <summary>Horizontal bars of supplier shares, drawn as SVG (no inline style, so the CSP stays strict) with a sourced figure beside each.</summary>
    public static Html ShareBars(this Html h, StageSharesDto table)
    {
        h.Open("table", ("class", "bars")).Open("caption").Text(Caption(table)).Close("caption")
            .Raw("<thead><tr><th scope=\"col\">Supplier</th><th scope=\"col\">Share</th><th scope=\"col\" class=\"barcol\"><span class=\"sr-only\">Bar</span></th></tr></thead><tbody>");
        foreach (var row in table.Shares)
        {
            h.Raw("<tr><th scope=\"row\">").CountryLink(row.Country, row.Name).Raw("</th><td class=\"n\">");
            if (row.SharePct is { } pct)
            {
                h.Sourced(Html.Percent(pct, row.Qualifier), row.SourceId);
            }
            else
            {
                h.Text(null);
            }
            h.Raw("</td><td class=\"barcol\">");
            if (row.SharePct is { } p)
            {
                var width = Math.Clamp(p, 0, 100).ToString("0.##", CultureInfo.InvariantCulture);
                var cls = row.Country is "CHN" ? "bar bar-chn" : "bar";
                h.Raw("<svg class=\"barsvg\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\">")
                    .Open("rect", ("class", cls), ("x", "0"), ("y", "0"), ("height", "10"), ("width", width)).Close("rect").Raw("</svg>");
            }
            h.Raw("</td></tr>");
        }
        return h.Raw("</tbody></table>");
    }

    public static string Caption(StageSharesDto t) =>
        $"{Capitalize(t.Stage)} {t.Year.ToString(CultureInfo.InvariantCulture)} — {t.Scope} ({t.Basis}; {t.DataType})";

    public static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    public static Html ControlsTable(this Html h, IReadOnlyList<ExportControlDto> controls)
    {
        if (controls.Count == 0)
        {
            return h.Element("p", "No export controls recorded.", ("class", "empty"));
        }
        h.Raw("<div class=\"scroll\"><table><thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Imposed by</th><th scope=\"col\">Measure</th>")
            .Raw("<th scope=\"col\">Covers</th><th scope=\"col\">Targets</th><th scope=\"col\">Status</th><th scope=\"col\">Status as of</th><th scope=\"col\">Today</th></tr></thead><tbody>");
        foreach (var c in controls)
        {
            h.Raw("<tr><td class=\"date\">").Sourced(c.Date, c.SourceId).Raw("</td><td>").CountryLink(c.Imposing, c.ImposingName)
                .Raw("</td><td>").Text(c.MeasureType).Raw(c.MeasureRef is null ? "" : "<br><small>").Text(c.MeasureRef ?? "").Raw(c.MeasureRef is null ? "" : "</small>")
                .Raw("</td><td>").Text(c.CommodityText).Raw("</td><td>").Text(c.TargetsText)
                .Raw("</td><td>").Element("span", c.Status, ("class", "status"))
                .Raw("</td><td>").Text(c.StatusAsOf).Raw("</td><td>").Text(c.StatusJudged).Raw("</td></tr>");
        }
        return h.Raw("</tbody></table></div>");
    }

    public static Html AgreementsTable(this Html h, IReadOnlyList<AgreementDto> agreements)
    {
        if (agreements.Count == 0)
        {
            return h.Element("p", "No agreements recorded.", ("class", "empty"));
        }
        h.Raw("<div class=\"scroll\"><table><thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Parties</th><th scope=\"col\">Type</th><th scope=\"col\">Summary</th><th scope=\"col\">Amount</th><th scope=\"col\">Status</th></tr></thead><tbody>");
        foreach (var a in agreements)
        {
            h.Raw("<tr><td class=\"date\">").Sourced(a.Date, a.SourceId).Raw("</td><td>");
            var first = true;
            foreach (var party in a.Parties)
            {
                h.Raw(first ? "" : ", ").CountryLink(party, party);
                first = false;
            }
            foreach (var other in a.OtherParties)
            {
                h.Raw(first ? "" : ", ").Text(other);
                first = false;
            }
            h.Raw("</td><td>").Text(a.Type).Raw("</td><td class=\"summary\">").Text(a.Summary).Raw("</td><td class=\"amount\">");
            if (a.AmountUsd is { } amount)
            {
                h.Sourced("US$ " + Html.Number((double)amount), a.SourceId);
            }
            if (a.AmountNote is not null)
            {
                h.Raw(" ").Element("small", a.AmountNote);
            }
            h.Raw("</td><td>").Text(a.Status).Raw("</td></tr>");
        }
        return h.Raw("</tbody></table></div>");
    }

    /// <summary>Projects as a timeline ordered by expected start; projects without a date come last.</summary>
    public static Html ProjectsTimeline(this Html h, IReadOnlyList<ProjectDto> projects)
    {
        if (projects.Count == 0)
        {
            return h.Element("p", "No projects recorded.", ("class", "empty"));
        }
        h.Raw("<ol class=\"timeline\">");
        foreach (var p in projects)
        {
            h.Raw("<li><span class=\"when\">").Text(p.ExpectedStart ?? "start not published").Raw("</span> <strong>").Text(p.Name).Raw("</strong> (")
                .CountryLink(p.Country, p.CountryName).Raw(") · ").Text(string.Join(", ", p.Stages)).Raw(" · ").Text(p.Status);
            if (p.CapacityMin is { } min)
            {
                var cap = p.CapacityMax is { } max && max != min ? Html.Number(min) + "–" + Html.Number(max) : Html.Number(min);
                h.Raw(" · capacity ").Sourced(cap + " " + (p.Unit ?? ""), p.SourceId);
            }
            else
            {
                h.Raw(" · ").Link("/sources/" + Html.Segment(p.SourceId), "source");
            }
            h.Raw("</li>");
        }
        return h.Raw("</ol>");
    }

    public static Html SourcesList(this Html h, IReadOnlyList<SourceDto> sources)
    {
        h.Raw("<ol class=\"sources\">");
        foreach (var s in sources)
        {
            h.Open("li", ("id", "src-" + s.Id)).Link("/sources/" + Html.Segment(s.Id), s.Title).Raw(" ").Element("small", "— " + (s.Publisher ?? "publisher not given") + (s.Published is null ? "" : ", " + s.Published)).Close("li");
        }
        return h.Raw("</ol>");
    }
}
