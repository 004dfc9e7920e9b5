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
        var request = ExposureQuestion.Request(dataset, Blank(importer), Blank(supplier), Blank(commodity), null);
        var name = request.Commodity;
        var json = ExposureQuestion.Answer(dataset, request);
        var h = new Html();
        Form(h, dataset, json, name);
        h.Element("p", $"How much of {dataset.Countries.NameOf(request.Importer)}’s supply depends on {dataset.Countries.NameOf(request.Supplier)}. "
            + "Direct: the supplier’s share of world output at the stage. Effective: the share of the importer’s traced supply that passed through the supplier at that stage. "
            + "Shares are of the stated series and year.", ("class", "lead"));
        var sources = new SortedSet<string>(StringComparer.Ordinal);
        StageTable(h, dataset, json, sources);
        if (json.Commodities is [var single])
        {
            Paths(h, "Top paths", "paths-top", single.TopPaths);
            Paths(h, $"Top paths through {json.Supplier}", "paths-supplier", single.SupplierPaths);
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
            .Raw("<th scope=\"col\">Direct</th><th scope=\"col\">Effective</th><th scope=\"col\">Control-adjusted</th><th scope=\"col\">Basis</th></tr></thead><tbody>");
        foreach (var c in json.Commodities)
        {
            foreach (var s in c.Stages)
            {
                var source = s.SourceIds.FirstOrDefault();
                sources.UnionWith(s.SourceIds);
                h.Raw("<tr><th scope=\"row\">").MineralLink(c.Commodity).Raw("</th><td>").Text(s.Stage).Raw("</td><td class=\"n\">");
                Share(h, s.Direct, false, source, $"{s.Series}, {s.Year}");
                h.Raw("</td><td class=\"n\">");
                Share(h, s.Effective, false, source ?? SourcesAnchor, "traced through the supply network from the stage shares and import sources");
                h.Raw("</td><td class=\"n\">");
                Share(h, s.ControlAdjusted, s.ControlIsLowerBound, SourcesAnchor, "effective share with controlled output reassigned to its owner");
                h.Raw("</td><td>").Text(s.Year is null ? "traced only" : $"{s.Year} {s.DataType}{(s.IsProxy ? " (proxy)" : "")}").Raw("</td></tr>");
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
                h.Raw("</td><td class=\"n\">");
                Share(h, c.AnyStage, false, importSource ?? SourcesAnchor, "share of traced imports that passed through the supplier at any stage");
                h.Raw("</td><td class=\"n\">—</td><td>").Text($"imports {c.ImportPeriod}" + (c.NetImportReliancePct is { } nir ? $"; net import reliance {nir} %" : "")).Raw("</td></tr>");
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

    private static void Paths(Html h, string title, string id, IReadOnlyList<PathJson> paths)
    {
        if (paths.Count == 0)
        {
            return;
        }
        h.Open("h2", ("id", id)).Text(title).Close("h2")
            .Raw("<div class=\"scroll\"><table class=\"paths\"><thead><tr><th scope=\"col\">Share of supply</th><th scope=\"col\">Path (origin → use)</th></tr></thead><tbody>");
        foreach (var p in paths)
        {
            h.Raw("<tr><td class=\"n\">");
            Share(h, p.Share, false, SourcesAnchor, "product of the input shares along the path");
            h.Raw("</td><td>").Text(string.Join(" → ", p.Nodes)).Raw("</td></tr>");
        }
        h.Raw("</tbody></table></div>");
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
