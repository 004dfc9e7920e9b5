using Lodestone.Domain.Model;
using Lodestone.Queries.Contracts;
using Lodestone.Queries.Minerals;
using Lodestone.Web.Dashboard.Components;
using Lodestone.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Lodestone.Web.Dashboard;

/// <summary>The overview: per-mineral largest supplier and its share by stage, sortable by any column (server-side, so it works without script).</summary>
internal static class OverviewPage
{
    public static IResult Render(DatasetHolder data, string? sort, string? dir)
    {
        var minerals = MineralQuestion.Summaries(data.Current);
        var stages = Stages.All.Where(s => minerals.Any(m => m.Leaders.Any(l => l.Stage == s.Name()))).Select(s => s.Name()).ToList();
        var key = sort is not null && (sort == "name" || stages.Contains(sort)) ? sort : "name";
        var descending = dir == "desc" || (dir is null && key != "name");
        var ordered = Sort(minerals, key, descending).ToList();
        return Page.Render<OverviewView>(new { Minerals = ordered, Stages = stages, Key = key, Descending = descending });
    }

    private static IEnumerable<MineralSummaryDto> Sort(IReadOnlyList<MineralSummaryDto> minerals, string key, bool descending)
    {
        if (key == "name")
        {
            return descending ? minerals.OrderByDescending(m => m.Name, StringComparer.Ordinal) : minerals.OrderBy(m => m.Name, StringComparer.Ordinal);
        }
        // Minerals without a figure for the stage sort last in both directions: missing is not zero.
        double? ShareOf(MineralSummaryDto m) => m.Leaders.FirstOrDefault(l => l.Stage == key)?.SharePct;
        var known = minerals.Where(m => ShareOf(m) is not null);
        var sorted = descending ? known.OrderByDescending(m => ShareOf(m)) : known.OrderBy(m => ShareOf(m));
        return sorted.ThenBy(m => m.Name, StringComparer.Ordinal).Concat(minerals.Where(m => ShareOf(m) is null));
    }
}
