using Lodestone.Web.Caching;
using Lodestone.Web.Hosting;
using Lodestone.Web.Watching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Lodestone.Web.Dashboard;

/// <summary>The dashboard's HTML pages, rendered on the server with encoded output; excluded from the OpenAPI document.</summary>
internal static class DashboardEndpoints
{
    public static RouteGroupBuilder MapDashboardEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("").ExcludeFromDescription().WithTags("Dashboard");
        group.MapGet("/", (DatasetHolder data, [FromQuery] string? sort, [FromQuery] string? dir) => OverviewPage.Render(data, sort, dir))
            .CachedPerSnapshot().WithName("OverviewPage").WithSummary("Per-mineral largest supplier by stage, sortable.");
        group.MapGet("/brief", (DatasetHolder data, [FromQuery] string? importer, [FromQuery] string? supplier, [FromQuery] int? year, [FromQuery(Name = "as_of")] string? asOf) =>
            BriefPage.Render(data, importer, supplier, year, asOf))
            .CachedPerSnapshot().WithName("BriefPage").WithSummary("The dependency brief for an importer and a supplier of concern.");
        group.MapGet("/map", (DatasetHolder data, [FromQuery] string? mineral, [FromQuery] string? stage, [FromQuery] int? year) => MapPage.Render(data, mineral, stage, year))
            .CachedPerSnapshot().WithName("MapPage").WithSummary("World choropleth of supplier shares for a chosen mineral and stage.");
        group.MapGet("/minerals/{name}", (DatasetHolder data, string name, [FromQuery] string? stage, [FromQuery] int? year, [FromQuery(Name = "as_of")] string? asOf) =>
                MineralPage.Render(data, name, stage, year, asOf))
            .CachedPerSnapshot().WithName("MineralPage").WithSummary("One mineral: stage bars, map, producers, reserves, U.S. trade, BACI trade, U.S. trade measures, controls, agreements, projects, sources.");
        group.MapGet("/countries/{iso3}", (DatasetHolder data, string iso3, [FromQuery] string? trade, [FromQuery] int? year, [FromQuery(Name = "as_of")] string? asOf) =>
                CountryPage.Render(data, iso3, trade, year, asOf))
            .CachedPerSnapshot().WithName("CountryPage").WithSummary("One country's shares, reserves, trade, U.S. trade measures, controls, agreements and projects.");
        group.MapGet("/sources", (DatasetHolder data) => SourcePages.List(data))
            .WithName("SourcesPage").WithSummary("Every source.");
        group.MapGet("/sources/{id}", (DatasetHolder data, string id) => SourcePages.Detail(data, id))
            .WithName("SourcePage").WithSummary("One source.");
        group.MapGet("/events", (DatasetHolder data, NewsAccess news, [FromQuery] string? commodity, [FromQuery] string? country, [FromQuery] string? type,
                [FromQuery] string? since, [FromQuery] string? until, [FromQuery] string? status, [FromQuery] int? page) =>
                EventsPage.Render(data, news, new EventsPageQuery(commodity, country, type, since, until, status, page)))
            .WithName("EventsPage").WithSummary("The event feed from ingested news, newest first, filterable and paged.");
        group.MapGet("/events/{id}", (DatasetHolder data, NewsAccess news, string id) => EventPage.Render(data, news, id))
            .WithName("EventPage").WithSummary("One event: fields linked to the knowledge base, evidence marked in each source sentence, proposals.");
        group.MapGet("/alerts", (AlertAccess alerts) => AlertsPage.Render(alerts))
            .WithName("AlertsPage").WithSummary("Brief figures that accepted changes altered: old, new, the change, the webhook delivery.");
        return group;
    }
}
