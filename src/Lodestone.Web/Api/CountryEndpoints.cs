using Lodestone.Domain.Model;
using Lodestone.Web.Contracts;
using Lodestone.Web.Hosting;
using Lodestone.Web.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Lodestone.Web.Api;

/// <summary><c>/api/countries</c>: the country list and one country's profile.</summary>
public static class CountryEndpoints
{
    public static RouteGroupBuilder MapCountryEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/countries").WithTags("Countries");
        group.MapGet("/", List)
            .WithName("ListCountries")
            .WithSummary("Countries, filtered by name and group (C5, G7, EU27, MSP, US_FTA, FEOC, LANDLOCKED).");
        group.MapGet("/{iso3}", Get)
            .WithName("GetCountry")
            .WithSummary("One country: its supplier shares, reserves, export controls imposed and faced, agreements and projects.");
        return group;
    }

    internal static Results<Ok<PageDto<CountrySummaryDto>>, ValidationProblem> List(
        DatasetHolder data,
        [FromQuery] string? q,
        [FromQuery] string? group,
        [FromQuery] int? page,
        [FromQuery(Name = "page_size")] int? pageSize)
    {
        if (!Paging.TryCreate(page, pageSize, out var paging, out var errors))
        {
            return TypedResults.ValidationProblem(errors, title: "Bad request", type: ApiProblems.TypeOf(Domain.Errors.ErrorCode.BadArguments));
        }
        var all = data.Current.Countries.All
            .Where(c => q is null || c.Name.Contains(q.Trim(), StringComparison.OrdinalIgnoreCase) || c.Iso3.Code.Equals(q.Trim(), StringComparison.OrdinalIgnoreCase))
            .Where(c => group is null || c.Groups.Contains(group.Trim().ToUpperInvariant()))
            .Select(c => new CountrySummaryDto(c.Iso3.Code, c.Name, c.Groups.Order(StringComparer.Ordinal).ToList()))
            .ToList();
        return TypedResults.Ok(paging.Apply(all));
    }

    internal static Results<Ok<CountryDetailDto>, ProblemHttpResult> Get(DatasetHolder data, string iso3)
    {
        if (!Iso3.IsWellFormed(iso3.ToUpperInvariant()))
        {
            return ApiProblems.BadRequest($"'{iso3}' is not an ISO 3166-1 alpha-3 code (three letters, e.g. CHN)");
        }
        var dataset = data.Current;
        if (dataset.Countries.Find(new Iso3(iso3.ToUpperInvariant())) is not { } country)
        {
            return ApiProblems.NotFound($"no country with code '{iso3.ToUpperInvariant()}'");
        }
        return TypedResults.Ok(CountryQueries.Detail(dataset, country, data.Today));
    }
}
