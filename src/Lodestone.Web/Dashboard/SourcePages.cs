using Lodestone.Queries.Contracts;
using Lodestone.Web.Dashboard.Components;
using Lodestone.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Lodestone.Web.Dashboard;

/// <summary>The source list and one source: where every number on the dashboard leads.</summary>
internal static class SourcePages
{
    public static IResult List(DatasetHolder data)
    {
        var sources = data.Current.Sources.Values.OrderBy(s => s.Title, StringComparer.Ordinal).Select(s => s.ToDto()).ToList();
        return Page.Render<SourceListView>(new { Sources = sources });
    }

    public static IResult Detail(DatasetHolder data, string id)
    {
        if (!data.Current.Sources.TryGetValue(id, out var source) && !data.Current.SalientFigures.Sources.TryGetValue(id, out source))
        {
            return ErrorPage.NotFound($"No source with id “{id}”.");
        }
        return Page.Render<SourceView>(new { Source = source.ToDto() });
    }
}
