using System.Globalization;
using Lodestone.Domain.Brief;
using Lodestone.Domain.Errors;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;
using Lodestone.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Lodestone.Web.Api;

/// <summary><c>/api/brief</c>: the dependency brief, the same document as <c>lodestone brief --format json</c> (docs/brief.md).</summary>
public static class BriefEndpoints
{
    public static RouteGroupBuilder MapBriefEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/brief").WithTags("Brief");
        group.MapGet("/", Get)
            .WithName("GetBrief")
            .WithSummary("The dependency brief for an importer and a supplier of concern: per commodity, stage shares, HHI, net import reliance, controls and a flag.");
        return group;
    }

    internal static Results<Ok<DependencyBrief>, ValidationProblem> Get(
        DatasetHolder data,
        BriefCache cache,
        [FromQuery] string? importer,
        [FromQuery] string? supplier,
        [FromQuery] int? year,
        [FromQuery(Name = "as_of")] string? asOf)
    {
        var dataset = data.Current;
        if (!TryCreateRequest(dataset, importer, supplier, year, asOf, data.Today, out var request, out var errors))
        {
            return TypedResults.ValidationProblem(errors, title: "Bad request", type: ApiProblems.TypeOf(ErrorCode.BadArguments));
        }
        return TypedResults.Ok(cache.GetOrCompute(dataset, request));
    }

    /// <summary>Checks the query the way <c>lodestone brief</c> checks its options: countries by code or name, a plausible year, an ISO date.</summary>
    public static bool TryCreateRequest(Dataset dataset, string? importer, string? supplier, int? year, string? asOf, DateOnly today,
        out BriefRequest request, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var imp = Country(dataset, importer ?? "USA", "importer", errors);
        var sup = Country(dataset, supplier ?? "CHN", "supplier", errors);
        if (year is < 1900 or > 2200)
        {
            errors["year"] = ["year must be between 1900 and 2200"];
        }
        var date = today;
        if (asOf is not null && !DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            errors["as_of"] = ["as_of must be a date written YYYY-MM-DD"];
        }
        request = new BriefRequest(imp ?? Iso3.World, sup ?? Iso3.World, year, date);
        return errors.Count == 0;
    }

    private static Iso3? Country(Dataset dataset, string text, string field, Dictionary<string, string[]> errors)
    {
        if (dataset.Countries.FindByName(text) is { } country)
        {
            return country.Iso3;
        }
        errors[field] = [$"unknown country '{text}': expected an ISO 3166-1 alpha-3 code such as USA or CHN"];
        return null;
    }
}
