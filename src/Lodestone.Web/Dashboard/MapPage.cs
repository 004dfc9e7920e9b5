using Lodestone.Domain.Model;
using Lodestone.Queries.Contracts;
using Lodestone.Queries.Shares;
using Lodestone.Web.Dashboard.Components;
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

        return Page.Render<MapView>(new
        {
            Names = names,
            Chosen = chosen,
            Stage = stageValue,
            Table = chosen is null ? null : table?.ToDto(vintage),
            Year = vintage,
        });
    }
}
