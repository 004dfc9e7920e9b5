using Lodestone.Domain.Errors;
using Lodestone.Domain.Exposure;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;
using Lodestone.Exposure;
using Lodestone.Exposure.Contracts;
using Lodestone.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Lodestone.Web.Api;

/// <summary><c>/api/exposure</c>: direct, effective (multi-tier), control-adjusted and transit exposure, the same document as <c>lodestone exposure --format json</c>.</summary>
public static class ExposureEndpoints
{
    public static RouteGroupBuilder MapExposureEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/exposure").WithTags("Exposure");
        group.MapGet("/", Get)
            .WithName("GetExposure")
            .WithSummary("Exposure of an importer to a supplier per commodity and stage: direct (world stage share), effective (traced through the supply chain), control-adjusted, transit, top paths. Shares are fractions 0–1.");
        return group;
    }

    internal static Results<Ok<ExposureJson>, ValidationProblem, ProblemHttpResult> Get(
        DatasetHolder data,
        [FromQuery] string? importer,
        [FromQuery] string? supplier,
        [FromQuery] string? commodity,
        [FromQuery] string? stage)
    {
        var dataset = data.Current;
        if (!TryCreateRequest(dataset, importer, supplier, stage, out var request, out var errors))
        {
            return TypedResults.ValidationProblem(errors, title: "Bad request", type: ApiProblems.TypeOf(ErrorCode.BadArguments));
        }
        string? name = null;
        if (commodity is not null)
        {
            name = dataset.Commodities.Find(commodity)?.Name;
            if (name is null)
            {
                return ApiProblems.NotFound($"unknown commodity '{commodity}': use a catalogue name, alias or element symbol (see /api/minerals)");
            }
        }
        return TypedResults.Ok(Compute(dataset, request, name));
    }

    /// <summary>The exposure document; every commodity with data when <paramref name="commodity"/> is null, stages filtered to the request's stage if any.</summary>
    public static ExposureJson Compute(Dataset dataset, ExposureRequest request, string? commodity)
    {
        var solver = new AdaptiveUpstreamSolver();
        IReadOnlyList<ExposureReport> reports = commodity is null
            ? ExposureCalculator.ForAll(dataset, request.Importer, request.Supplier, solver)
            : [ExposureCalculator.For(dataset, request.Importer, request.Supplier, commodity, solver)];
        var json = ExposureJson.From(request.Importer, request.Supplier, reports);
        return request.Stage is not { } only
            ? json
            : json with { Commodities = json.Commodities.Select(c => c with { Stages = c.Stages.Where(s => s.Stage == only.Name()).ToList() }).ToList() };
    }

    /// <summary>Checks the query as <c>lodestone exposure</c> checks its options (importer USA and supplier CHN by default); countries by code or name as in <c>/api/brief</c>.</summary>
    public static bool TryCreateRequest(Dataset dataset, string? importer, string? supplier, string? stage, out ExposureRequest request, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var imp = Country(dataset, importer ?? "USA", "importer", errors);
        var sup = Country(dataset, supplier ?? "CHN", "supplier", errors);
        Stage? only = null;
        if (stage is not null)
        {
            if (StageNames.TryParse(stage, out var s))
            {
                only = s;
            }
            else
            {
                errors["stage"] = [$"stage must be one of {StageNames.Expected}"];
            }
        }
        request = new ExposureRequest(imp ?? Iso3.World, sup ?? Iso3.World, only);
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
