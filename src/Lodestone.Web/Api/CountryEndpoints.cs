using Lodestone.Queries;
using Lodestone.Queries.Contracts;
using Lodestone.Queries.Countries;
using Lodestone.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Lodestone.Web.Api;

/// <summary><c>/api/countries</c>: the country list and one country's profile.</summary>
internal static class CountryEndpoints
{
    public static RouteGroupBuilder MapCountryEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/countries").WithTags("Countries");
        group.MapGet("/", List)
            .WithName("ListCountries")
            .WithSummary("Countries, filtered by name and group (C5, G7, EU27, MSP, US_FTA, FEOC, LANDLOCKED).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{iso3}", Get)
            .WithName("GetCountry")
            .WithSummary("One country: its supplier shares, reserves, export controls imposed and faced, agreements and projects.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    internal static Ok<PageDto<CountrySummaryDto>> List(
        DatasetHolder data,
        [FromQuery] string? q,
        [FromQuery] string? group,
        [FromQuery] int? page,
        [FromQuery(Name = "page_size")] int? pageSize)
    {
        var paging = Paging.Create(page, pageSize);
        var all = data.Current.Countries.All
            .Where(c => q is null || c.Name.Contains(q.Trim(), StringComparison.OrdinalIgnoreCase) || c.Iso3.Code.Equals(q.Trim(), StringComparison.OrdinalIgnoreCase))
            .Where(c => group is null || c.Groups.Contains(group.Trim().ToUpperInvariant()))
            .Select(c => new CountrySummaryDto(c.Iso3.Code, c.Name, c.Groups.Order(StringComparer.Ordinal).ToList()))
            .ToList();
        return TypedResults.Ok(paging.Apply(all));
    }

    /// <summary>One country by ISO3, ISO2 or English name (the path segment is resolved as every country parameter is).</summary>
    internal static Ok<CountryDetailDto> Get(DatasetHolder data, string iso3, [FromQuery(Name = "as_of")] string? asOf, [FromQuery] int? year)
    {
        var dataset = data.Current;
        return TypedResults.Ok(CountryQuestion.Answer(dataset, CountryQuestion.Request(dataset, iso3, asOf, data.Today, year)));
    }
}
