using Lodestone.Domain.Model;
using Lodestone.Queries.Contracts;
using Lodestone.Queries.Minerals;
using Lodestone.Queries.Shares;
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
        var ordered = Sort(minerals, key, descending);

        var h = new Html();
        h.Element("p", "Largest supplier of each stage, per mineral, from the newest published figures. Select a column heading to sort; select a share to see its source.", ("class", "lead"));
        h.Raw("<div class=\"scroll\"><table class=\"overview\" id=\"overview\"><thead><tr>");
        HeaderCell(h, "Mineral", "name", key, descending);
        foreach (var stage in stages)
        {
            HeaderCell(h, Fragments.Capitalize(stage) + " leader", stage, key, descending);
        }
        h.Raw("<th scope=\"col\">Lists</th></tr></thead><tbody>");
        foreach (var m in ordered)
        {
            h.Raw("<tr><th scope=\"row\">").MineralLink(m.Name).Raw("</th>");
            foreach (var stage in stages)
            {
                var leader = m.Leaders.FirstOrDefault(l => l.Stage == stage);
                h.Raw("<td>");
                if (leader is null)
                {
                    h.Element("span", "—", ("class", "missing"), ("title", "no published figure"));
                }
                else
                {
                    h.CountryLink(leader.Country, leader.Name).Raw(" ").Sourced(Html.Percent(leader.SharePct, leader.Qualifier), leader.SourceId)
                        .Raw(" ").Element("small", leader.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)
                            + (leader.Basis == SupplyShares.ProxyBasis ? " (mine proxy)" : ""));
                }
                h.Raw("</td>");
            }
            h.Raw("<td>").Text(Lists(m)).Raw("</td></tr>");
        }
        h.Raw("</tbody></table></div>");
        return Layout.Page("Critical minerals overview", h);
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

    private static void HeaderCell(Html h, string label, string key, string current, bool descending)
    {
        var active = key == current;
        var nextDir = active && !descending ? "desc" : active ? "asc" : key == "name" ? "asc" : "desc";
        var ariaSort = active ? (descending ? "descending" : "ascending") : null;
        h.Open("th", ("scope", "col"), ("aria-sort", ariaSort))
            .Open("a", ("href", "/?sort=" + Html.Segment(key) + "&dir=" + nextDir), ("class", "sort"))
            .Text(label).Raw(active ? (descending ? " ▼" : " ▲") : "").Close("a").Close("th");
    }

    private static string Lists(MineralSummaryDto m)
    {
        var lists = new List<string>();
        if (m.OnUsList2025)
        {
            lists.Add("US 2025");
        }
        if (m.OnEuList2023)
        {
            lists.Add(m.EuStrategic2023 ? "EU CRM (strategic)" : "EU CRM");
        }
        return lists.Count == 0 ? "" : string.Join(", ", lists);
    }
}
