using Lodestone.Queries.Contracts;
using Lodestone.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Lodestone.Web.Dashboard;

/// <summary>The source list and one source: where every number on the dashboard leads.</summary>
internal static class SourcePages
{
    public static IResult List(DatasetHolder data)
    {
        var sources = data.Current.Sources.Values.OrderBy(s => s.Title, StringComparer.Ordinal).Select(s => s.ToDto()).ToList();
        var h = new Html();
        h.Element("p", $"{sources.Count} sources back the figures in this knowledge base.", ("class", "lead"));
        h.SourcesList(sources);
        return Layout.Page("Sources", h);
    }

    public static IResult Detail(DatasetHolder data, string id)
    {
        if (!data.Current.Sources.TryGetValue(id, out var source) && !data.Current.SalientFigures.Sources.TryGetValue(id, out source))
        {
            return ErrorPage.NotFound($"No source with id “{id}”.");
        }
        var s = source.ToDto();
        var h = new Html();
        h.Raw("<dl class=\"facts\"><dt>Id</dt><dd><code>").Text(s.Id).Raw("</code></dd><dt>Publisher</dt><dd>").Text(s.Publisher)
            .Raw("</dd><dt>Published</dt><dd>").Text(s.Published).Raw("</dd><dt>Address</dt><dd>").ExternalLink(s.Url, s.Url)
            .Raw("</dd><dt>Read via</dt><dd>").Text(s.ReadVia).Raw("</dd></dl>");
        return Layout.Page(s.Title, h);
    }
}
