using Lodestone.Domain.Model;
using Lodestone.Queries.Contracts;
using Lodestone.Queries.Shares;
using Lodestone.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Lodestone.Web.Dashboard;

/// <summary>The world map for a chosen mineral and stage, chosen with a plain GET form.</summary>
internal static class MapPage
{
    /// <param name="year">The data year (vintage) the shares are read for; default the newest complete one.</param>
    public static IResult Render(DatasetHolder data, string? mineral, string? stage, int? year = null)
    {
        var dataset = data.Current;
        var vintage = Lodestone.Queries.QueryInput.Vintage(dataset, year, "year");
        var names = dataset.CommoditiesWithData();
        var chosen = dataset.Commodities.Find(mineral ?? "rare earths")?.Name ?? names.FirstOrDefault();
        if (mineral is not null && dataset.Commodities.Find(mineral) is null)
        {
            return ErrorPage.NotFound($"No commodity named “{mineral}”.");
        }
        var stageValue = Stage.Refining;
        if (stage is not null && !StageNames.TryParse(stage, out stageValue))
        {
            return ErrorPage.BadRequest($"“{stage}” is not a stage: use mining, refining, components or recycling.");
        }
        var tables = chosen is null ? [] : SupplyShares.AllStages(dataset, chosen, vintage);
        var table = tables.FirstOrDefault(t => t.Stage == stageValue) ?? (stage is null ? tables.FirstOrDefault() : null);

        var h = new Html();
        h.Raw("<form class=\"picker\" method=\"get\" action=\"/map\"><label for=\"mineral\">Mineral</label><select id=\"mineral\" name=\"mineral\">");
        foreach (var n in names)
        {
            h.Open("option", ("value", n), ("selected", n == chosen ? "selected" : null)).Text(n).Close("option");
        }
        h.Raw("</select><label for=\"stage\">Stage</label><select id=\"stage\" name=\"stage\">");
        foreach (var s in Stages.All)
        {
            var selected = table?.Stage == s || (table is null && s == stageValue);
            h.Open("option", ("value", s.Name()), ("selected", selected ? "selected" : null)).Text(s.Name()).Close("option");
        }
        h.Raw("</select><button type=\"submit\">Show</button></form>");
        if (chosen is null || table is null)
        {
            h.Element("p", $"No {stageValue.Name()} shares for {chosen ?? "this mineral"} in the knowledge base.", ("class", "empty"));
            return Layout.Page("World map", h);
        }
        var dto = table.ToDto(vintage);
        h.Raw("<p>").Link("/minerals/" + Html.Segment(chosen), "Everything on " + chosen + " →").Raw("</p>").Map(chosen, dto, vintage).Raw("<div class=\"card\">").ShareBars(dto).Raw("</div>");
        return Layout.Page("World map", h, MapFragment.Scripts);
    }
}
