using System.Globalization;
using Lodestone.Domain.Brief;
using Lodestone.Queries.Brief;
using Lodestone.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Lodestone.Web.Dashboard;

/// <summary>The dependency brief as a page: one row per commodity, every share linked to its first source.</summary>
internal static class BriefPage
{
    public static IResult Render(DatasetHolder data, string? importer, string? supplier, int? year = null, string? asOf = null)
    {
        var dataset = data.Current;
        var request = BriefQuestion.Request(dataset, importer, supplier, year, asOf, data.Today);
        var brief = BriefQuestion.Answer(dataset, request);
        var h = new Html();
        h.Element("p", $"How exposed {dataset.Countries.NameOf(request.Importer)} is to {dataset.Countries.NameOf(request.Supplier)}, per mineral and stage, judged on {brief.AsOf}{(brief.Year is { } y ? ", data year " + y.ToString(CultureInfo.InvariantCulture) : "")}. Shares are of world output; below each, “traced” is the supplier’s share of the importer’s own supply at that stage, directly and through third countries (proven – not ruled out, as on the exposure page); HHI runs 0–10,000. † marks a figure from another year (its year follows it).", ("class", "lead"));
        h.Raw("<div class=\"scroll\"><table id=\"brief\"><thead><tr><th scope=\"col\">Mineral</th>");
        foreach (var stage in BriefCalculator.BriefStages)
        {
            h.Open("th", ("scope", "col")).Text(Fragments.Capitalize(stage.ToString().ToLowerInvariant()) + " share").Close("th");
        }
        h.Raw("<th scope=\"col\">Net import reliance</th><th scope=\"col\">Controls in force</th><th scope=\"col\">").Text(request.Importer.Code + " measures").Raw("</th><th scope=\"col\">Flag</th></tr></thead><tbody>");
        foreach (var row in brief.Rows)
        {
            h.Raw("<tr><th scope=\"row\">").MineralLink(row.Commodity).Raw("</th>");
            foreach (var stage in BriefCalculator.BriefStages)
            {
                h.Raw("<td class=\"n\">");
                var summary = row.Stages.GetValueOrDefault(stage.ToString().ToLowerInvariant());
                if (summary is { SupplierShare: { } share, SourceIds.Count: > 0 })
                {
                    h.Sourced(Html.Percent(share * 100), summary.SourceIds[0], summary.Series + ", " + summary.Year?.ToString(CultureInfo.InvariantCulture));
                }
                else if (summary is { SupplierShareUpper: { } upper, SourceIds.Count: > 0 })
                {
                    // Not listed by the source: a bound, marked as one, never a value.
                    h.Sourced("≤ " + Html.Percent(upper * 100), summary.SourceIds[0], summary.Series + ", " + summary.Year?.ToString(CultureInfo.InvariantCulture)
                        + "; " + summary.Note);
                }
                else
                {
                    h.Element("span", "—", ("class", "missing"), ("title", summary?.Note ?? "no data"));
                }
                YearNote(h, summary?.YearNote);
                if (summary is { TracedShareLow: { } low, TracedShareHigh: { } high })
                {
                    // The exposure page's figure: the supplier's share of the importer's supply at this stage, through third countries too.
                    var traced = Math.Abs(high - low) < 5e-3 ? Html.Percent(low * 100) : Html.Percent(low * 100).Replace(" %", "", StringComparison.Ordinal) + "–" + Html.Percent(high * 100);
                    h.Raw("<br>").Element("small", "traced " + traced, ("class", "traced"),
                        ("title", $"share of {request.Importer.Code}'s supply traced to {request.Supplier.Code} at this stage, directly and through third countries: proven – not ruled out (exposure)"));
                }
                h.Raw("</td>");
            }
            h.Raw("<td class=\"n\">");
            if (row.NetImportReliance is { SourceIds.Count: > 0 } nir)
            {
                h.Sourced(nir.Display + (nir.Percent is null ? "" : " %"), nir.SourceIds[0], nir.Series + ", " + nir.Year.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                h.Text(null);
            }
            YearNote(h, row.NetImportReliance?.YearNote);
            h.Raw("</td><td class=\"n\">").Text(row.ExportControls.Count(c => c.InForce == true).ToString(CultureInfo.InvariantCulture)).Raw("</td><td>");
            Measures(h, row.TradeMeasures);
            h.Raw("</td><td>").Element("span", row.Flag, ("class", "flag flag-" + row.Flag.Split(':')[0].Replace(' ', '-'))).Raw("</td></tr>");
        }
        h.Raw("</tbody></table></div>");
        return Layout.Page("Dependency brief", h);
    }

    /// <summary>Each measure as "tariff 0% to 25%" linked to its source, its status in the link's title; "none" when the importer has none.</summary>
    private static void Measures(Html h, IReadOnlyList<MeasureSummary> measures)
    {
        if (measures.Count == 0)
        {
            h.Element("span", "none", ("class", "missing"), ("title", "no trade measure of the importer on the supplier's exports of this mineral is recorded"));
            return;
        }
        for (var i = 0; i < measures.Count; i++)
        {
            var m = measures[i];
            h.Raw(i == 0 ? "" : "<br>").Sourced(m.MeasureType + (m.RateText is null ? "" : " " + m.RateText), m.SourceId,
                m.Id + ": " + m.Status + (m.StatusAsOf is null ? "" : " (as of " + m.StatusAsOf + ")"));
        }
    }

    /// <summary>A figure from another year than the brief's says so beside it: "† 2022 (latest available)".</summary>
    private static void YearNote(Html h, string? note)
    {
        if (note is not null)
        {
            h.Element("span", " † " + note, ("class", "year-note"));
        }
    }
}
