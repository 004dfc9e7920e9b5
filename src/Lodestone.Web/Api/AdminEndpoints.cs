using Lodestone.Web.Contracts;
using Lodestone.Web.Hosting;
using Lodestone.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Lodestone.Web.Api;

/// <summary><c>/api/admin</c>: writes. Every route here needs the API key.</summary>
internal static class AdminEndpoints
{
    public static RouteGroupBuilder MapAdminEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/admin").WithTags("Admin").RequireApiKey();
        group.MapPost("/reload", Reload)
            .WithName("ReloadKnowledgeBase")
            .WithSummary("Re-opens the knowledge base (after `lodestone import` wrote to it) and swaps the served snapshot. Needs the API key.");
        return group;
    }

    /// <summary>Puts the API-key check on every endpoint of a group: the way every write area is closed.</summary>
    public static RouteGroupBuilder RequireApiKey(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter<ApiKeyFilter>();
        group.ProducesProblem(StatusCodes.Status401Unauthorized);
        return group;
    }

    internal static async Task<Ok<ReloadResultDto>> Reload(DatasetHolder data, CancellationToken cancellationToken)
    {
        var d = await data.ReloadAsync(cancellationToken);
        var facts = d.Production.Count + d.Reserves.Count + d.NetImportReliance.Count + d.ImportSources.Count + d.StageShares.Count
            + d.ExportControls.Count + d.Agreements.Count + d.Projects.Count;
        return TypedResults.Ok(new ReloadResultDto(d.Commodities.All.Count, d.Countries.All.Count, d.Sources.Count, facts,
            data.LoadedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
