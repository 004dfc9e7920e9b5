using Lodestone.Queries.Claims;
using Lodestone.Simulation.Claims;
using Lodestone.Simulation.Scenarios;
using Lodestone.Web.Dashboard.Components;
using Lodestone.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Lodestone.Web.Dashboard;

/// <summary>The tracked claims, each tested by Monte Carlo: per commodity the probabilities, a verdict in words, the horizon and the source.</summary>
/// <remarks>
/// Renders the answer of <see cref="ClaimsQuestion"/> (the same as <c>/api/claims</c> and <c>claims evaluate</c> with the same
/// runs); verdicts follow the one rule of <see cref="ClaimVerdicts"/>. Probabilities are computed, so they link to the
/// assumptions they rest on.
/// </remarks>
internal static class ClaimsPage
{
    public const double Likely = ClaimVerdicts.Likely;

    public static async Task<IResult> Render(DatasetHolder data, ClaimsCache cache, ScenarioLibrary library, int? runs)
    {
        var dataset = data.Current;
        var request = ClaimsQuestion.Request(library, dataset, null, runs, null, sensitivity: true);
        var answer = await cache.GetOrEvaluate(dataset, request);
        return Page.Render<ClaimsView>(new { Answer = answer });
    }
}
