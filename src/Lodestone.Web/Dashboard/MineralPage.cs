using Lodestone.Queries.Minerals;
using Lodestone.Queries.Trade;
using Lodestone.Web.Dashboard.Components;
using Lodestone.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Lodestone.Web.Dashboard;

/// <summary>One mineral: stage bars, map, producers, reserves, U.S. trade, BACI trade flows, U.S. trade measures, controls, agreements, projects, sources.</summary>
internal static class MineralPage
{
    /// <param name="year">The data year (vintage), as <c>mineral --year</c> and <c>/api/minerals/{name}?year=</c>; also the trade view's year.</param>
    /// <param name="asOf">The date control statuses are judged on, as <c>--as-of</c>.</param>
    public static IResult Render(DatasetHolder data, string name, string? stage, int? year = null, string? asOf = null)
    {
        var dataset = data.Current;
        var m = MineralQuestion.Answer(dataset, MineralQuestion.Request(dataset, name, asOf, data.Today, year));
        var mapTable = m.Stages.FirstOrDefault(t => t.Stage == stage) ?? m.Stages.FirstOrDefault();
        var trade = TradeQuestion.Answer(dataset, TradeQuestion.Request(dataset, m.Name, "USA", null, year));
        return Page.Render<MineralView>(new { M = m, MapTable = mapTable, Trade = trade });
    }
}
