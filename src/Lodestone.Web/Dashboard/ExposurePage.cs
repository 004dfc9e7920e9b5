using Lodestone.Domain.Exposure;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Exposure.Contracts;
using Lodestone.Queries.Exposure;
using Lodestone.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Lodestone.Web.Dashboard;

/// <summary>Exposure of an importer to a supplier: direct vs effective share by stage, and for one mineral the supply paths.</summary>
/// <remarks>Direct shares link to their stage-share source; traced figures link to the sources they were computed from, listed at the foot of the page.</remarks>
internal static class ExposurePage
{
    private const string SourcesAnchor = "#exposure-sources";

    public static IResult Render(DatasetHolder data, string? importer, string? supplier, string? commodity)
    {
        var dataset = data.Current;
        var request = ExposureQuestion.Request(dataset, Blank(importer), Blank(supplier), Blank(commodity), null, null, null, data.Today);
        var name = request.Commodity;
        var json = ExposureQuestion.Answer(dataset, request);
        var h = new Html();
        Form(h, dataset, json, name);
        h.Element("p", $"How much of {dataset.Countries.NameOf(request.Importer)}’s supply depends on {dataset.Countries.NameOf(request.Supplier)}. "
            + "World: the supplier’s share of world output at the stage. Traced: the share of the importer’s supply at that stage that passed through the supplier "
            + "there or upstream, traced on production and bilateral trade data — a range where links are unrecorded (low = proven, high = not ruled out). "
            + "Shares are of the stated series and year.", ("class", "lead"));
        var sources = new SortedSet<string>(StringComparer.Ordinal);
        StageTable(h, dataset, json, sources);
        if (json.Commodities is [var single])
        {
            Partners(h, json, single);
            foreach (var o in single.OwnershipUsed.Concat(single.OwnershipContext))
            {
                sources.Add(o.SourceId);
            }
        }
        Notes(h, json);
        h.Open("h2", ("id", SourcesAnchor[1..])).Text("Sources used").Close("h2").Raw("<ol class=\"sources\">");
        foreach (var id in sources)
        {
            h.Raw("<li>").Link("/sources/" + Html.Segment(id), dataset.Sources.TryGetValue(id, out var s) ? s.Title : id).Raw("</li>");
        }
        h.Raw("</ol>");
        return Layout.Page("Exposure", h);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static void Form(Html h, Dataset dataset, ExposureJson json, string? chosen)
    {
        h.Raw("<form class=\"picker\" method=\"get\" action=\"/exposure\">")
            .Raw("<label for=\"importer\">Importer</label>").Open("input", ("id", "importer"), ("name", "importer"), ("value", json.Importer), ("size", "6"), ("autocomplete", "off"))
            .Raw("<label for=\"supplier\">Supplier</label>").Open("input", ("id", "supplier"), ("name", "supplier"), ("value", json.Supplier), ("size", "6"), ("autocomplete", "off"))
            .Raw("<label for=\"commodity\">Mineral</label><select id=\"commodity\" name=\"commodity\"><option value=\"\">every mineral with data</option>");
        foreach (var n in dataset.CommoditiesWithData())
        {
            h.Open("option", ("value", n), ("selected", n == chosen ? "selected" : null)).Text(n).Close("option");
        }
        h.Raw("</select><button type=\"submit\">Show</button></form>");
    }

    private static void StageTable(Html h, Dataset dataset, ExposureJson json, SortedSet<string> sources)
    {
        h.Raw("<div class=\"scroll\"><table id=\"exposure\"><thead><tr><th scope=\"col\">Mineral</th><th scope=\"col\">Stage</th>")
            .Raw("<th scope=\"col\">World</th><th scope=\"col\">Traced</th><th scope=\"col\">Untraced</th><th scope=\"col\">Control-adjusted world</th><th scope=\"col\">Basis</th></tr></thead><tbody>");
        foreach (var c in json.Commodities)
        {
            foreach (var s in c.Stages)
            {
                var source = s.SourceIds.FirstOrDefault();
                sources.UnionWith(s.SourceIds);
                h.Raw("<tr><th scope=\"row\">").MineralLink(c.Commodity).Raw("</th><td>").Text(s.Stage).Raw("</td><td class=\"n\">");
                Share(h, s.Direct, false, source, $"{s.Series}, {s.Year}");
                h.Raw("</td><td class=\"n\">");
                Bounds(h, s.Traced);
                h.Raw("</td><td class=\"n\">");
                Share(h, s.Traced?.Untraced, false, SourcesAnchor, "share of the importer's supply whose origin could not be traced");
                h.Raw("</td><td class=\"n\">");
                Share(h, s.ControlAdjustedDirect, s.ControlIsLowerBound, SourcesAnchor, "world share with controlled output reassigned to its owner");
                // A stage of another year than the page's data year says so (Vintages): "† 2022 (latest available)".
                h.Raw("</td><td>").Text((s.Year is null ? "traced only" : $"{s.Year} {s.DataType}{(s.IsProxy ? " (proxy)" : "")}")
                    + (s.YearNote is { } note ? " † " + note : "")
                    + (s.Traced is { } t ? "; " + t.WeightBasis : "")).Raw("</td></tr>");
                if (s.Traced is not null)
                {
                    sources.Add(Lodestone.Data.Loading.DatasetLoader.BaciSourceId);
                }
            }
            if (c.ImportShare is not null)
            {
                var importSource = ImportSource(dataset, json, c.Commodity);
                if (importSource is not null)
                {
                    sources.Add(importSource);
                }
                h.Raw("<tr><th scope=\"row\">").MineralLink(c.Commodity).Raw("</th><td>imports</td><td class=\"n\">");
                Share(h, c.ImportShare, false, importSource, $"share of {json.Importer} imports {c.ImportPeriod}");
                h.Raw("</td><td class=\"n\">—</td><td class=\"n\">—</td><td class=\"n\">—</td><td>").Text($"imports {c.ImportPeriod}" + (c.NetImportReliancePct is { } nir ? $"; net import reliance {nir} %" : "")
                    + (c.YearNotes.Count > 0 ? " † " + string.Join("; ", c.YearNotes) : "")).Raw("</td></tr>");
            }
        }
        h.Raw("</tbody></table></div>");
        if (json.Commodities.Count == 0)
        {
            h.Element("p", "No exposure data for this importer.", ("class", "empty"));
        }
    }

    /// <summary>The source of the supplier's row among the importer's import sources of <paramref name="commodity"/>.</summary>
    private static string? ImportSource(Dataset dataset, ExposureJson json, string commodity) =>
        dataset.ImportSources.FirstOrDefault(f => f.Commodity == commodity && f.Importer.Code == json.Importer && f.Partner.Code == json.Supplier)?.SourceId
        ?? dataset.ImportSources.FirstOrDefault(f => f.Commodity == commodity && f.Importer.Code == json.Importer)?.SourceId;

    /// <summary>A share as a percentage linked to a source page (an id) or to the sources list (an anchor); missing shows as —.</summary>
    private static void Share(Html h, double? fraction, bool lowerBound, string? target, string title)
    {
        if (fraction is not { } f)
        {
            h.Text(null);
            return;
        }
        var text = Html.Percent(f * 100, lowerBound ? "≥" : "=");
        if (target is null)
        {
            h.Text(text);
        }
        else if (target.StartsWith('#'))
        {
            h.Open("a", ("href", target), ("class", "num"), ("title", title)).Text(text).Close("a");
        }
        else
        {
            h.Sourced(text, target, title);
        }
    }

    /// <summary>"18 % – 99.9 %" for bounds, one figure when they meet, — when the stage was not traced.</summary>
    private static void Bounds(Html h, TraceJson? traced)
    {
        if (traced is null)
        {
            h.Text(null);
            return;
        }
        var text = Math.Abs(traced.High - traced.Low) < 1e-9
            ? Html.Percent(traced.Low * 100, "=")
            : Html.Percent(traced.Low * 100, "=") + " – " + Html.Percent(traced.High * 100, "=");
        h.Open("a", ("href", SourcesAnchor), ("class", "num"), ("title", "traced on " + string.Join("; ", traced.Backing))).Text(text).Close("a");
    }

    /// <summary>Per traced stage: each partner's weight, traced content and what BACI records of its own imports from the supplier; then the gaps.</summary>
    private static void Partners(Html h, ExposureJson json, ExposureCommodityJson commodity)
    {
        foreach (var stage in commodity.Stages.Where(s => s.Traced is { Partners.Count: > 0 }))
        {
            var t = stage.Traced!;
            h.Open("h2", ("id", "partners-" + stage.Stage)).Text($"{json.Importer}’s {stage.Stage} partners ({t.WeightBasis})").Close("h2")
                .Raw("<div class=\"scroll\"><table class=\"paths\"><thead><tr><th scope=\"col\">Partner</th><th scope=\"col\">Share of imports</th>")
                .Raw("<th scope=\"col\">").Text($"{json.Supplier} content").Raw("</th><th scope=\"col\">Partner’s own imports</th></tr></thead><tbody>");
            foreach (var p in t.Partners)
            {
                h.Raw("<tr><td>").Text(p.Partner).Raw("</td><td class=\"n\">").Text(Html.Percent(p.Weight * 100, "=")).Raw("</td><td class=\"n\">")
                    .Text(Math.Abs(p.ContentHigh - p.ContentLow) < 1e-9 ? Html.Percent(p.ContentLow * 100, "=")
                        : Html.Percent(p.ContentLow * 100, "=") + " – " + Html.Percent(p.ContentHigh * 100, "="))
                    .Raw("</td><td>").Text(p.Evidence).Raw("</td></tr>");
            }
            h.Raw("</tbody></table></div>");
            if (t.Gaps.Count > 0)
            {
                h.Raw("<ul class=\"notes\">");
                foreach (var gap in t.Gaps)
                {
                    h.Element("li", gap);
                }
                h.Raw("</ul>");
            }
        }
    }

    private static void Notes(Html h, ExposureJson json)
    {
        var assumptions = json.Commodities.SelectMany(c => c.Assumptions).Distinct().ToList();
        var missing = json.Commodities.SelectMany(c => c.Missing.Select(m => c.Commodity + ": " + m)).ToList();
        if (assumptions.Count > 0)
        {
            h.Raw("<h2>Assumptions</h2><ul class=\"notes\">");
            foreach (var a in assumptions)
            {
                h.Element("li", a);
            }
            h.Raw("</ul>");
        }
        if (missing.Count > 0)
        {
            h.Raw("<details><summary>Missing inputs</summary><ul class=\"notes\">");
            foreach (var m in missing)
            {
                h.Element("li", m);
            }
            h.Raw("</ul></details>");
        }
    }
}
