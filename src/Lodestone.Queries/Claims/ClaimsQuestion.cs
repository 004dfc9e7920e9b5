using Lodestone.Domain.Errors;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Simulation.Claims;
using Lodestone.Simulation.MonteCarlo;
using Lodestone.Simulation.Scenarios;

namespace Lodestone.Queries.Claims;

/// <summary>Tracked public claims (<c>data/claims.csv</c>) tested by Monte Carlo over the scenario each names: per commodity the
/// probability that each predicate holds at the due date, the verdict, and every assumption (<see cref="ClaimEvaluator"/>).</summary>
/// <remarks>
/// The CLI (<c>claims evaluate</c>), the API (<c>/api/claims</c>) and the claims page ask this one question with the same
/// defaults and limits, so the same runs and seed give the same document everywhere. A claim names a shipped scenario by file
/// name; the claims file and the scenarios come from the <see cref="ScenarioLibrary"/> the front end was started with.
/// </remarks>
public static class ClaimsQuestion
{
    /// <summary>Runs per claim and model when none are given: P(share &lt; 50 %) then has a standard error of at most
    /// √(0.25 / 2000) ≈ 0.011, well inside the 0.1 margin of the verdict rule (<see cref="ClaimVerdicts.Likely"/>).</summary>
    public const int DefaultRuns = 2000;

    /// <summary>Fewest runs accepted: below this the probabilities move by more than the verdict margin between seeds.</summary>
    public const int MinRuns = 100;

    /// <summary>Most runs accepted: each claim runs three models, and the web app computes them on request.</summary>
    public const int MaxRuns = 20_000;

    public const ulong DefaultSeed = 1;

    /// <summary>Checks the raw values: the claim id must be tracked; runs within <see cref="MinRuns"/>–<see cref="MaxRuns"/> (<see cref="DefaultRuns"/> by default); seed 1 by default;
    /// a plausible data year, by default the newest complete one (as every other question).</summary>
    public static ClaimsRequest Request(ScenarioLibrary library, Dataset data, string? claim, int? runs, ulong? seed, bool sensitivity = false, int? year = null)
    {
        var vintage = QueryInput.Vintage(data, year, "year");
        var n = QueryInput.Between(runs, DefaultRuns, MinRuns, MaxRuns, "runs");
        string? id = null;
        if (!string.IsNullOrWhiteSpace(claim))
        {
            id = claim.Trim();
            var tracked = Claims(library);
            if (tracked.All(c => c.Id != id))
            {
                throw new LodestoneException(ErrorCode.NotFound,
                    $"no tracked claim '{id}' in {ClaimFile.FileName} (tracked: {string.Join(", ", tracked.Select(c => c.Id))})", "claim");
            }
        }
        return new ClaimsRequest(id, n, seed ?? DefaultSeed, sensitivity, vintage);
    }

    /// <summary>Evaluates the claims of <paramref name="request"/> on <paramref name="data"/>.</summary>
    /// <param name="maxThreads">Worker threads for the Monte Carlo runs (−1: one per core); the answer does not depend on it.</param>
    /// <exception cref="LodestoneException"><see cref="ErrorCode.InvalidData"/> when the claims file or a scenario it names is invalid.</exception>
    public static ClaimsJson Answer(Dataset data, ClaimsRequest request, ScenarioLibrary library, int maxThreads = -1, CancellationToken cancellationToken = default)
    {
        var claims = Claims(library).Where(c => request.Claim is null || c.Id == request.Claim).ToList();
        var options = new MonteCarloOptions(request.Runs, request.Seed, maxThreads);
        var compile = library.Compile(data, year: request.Year);
        try
        {
            var evaluations = claims.Select(c => ClaimEvaluator.Evaluate(c, Scenario(library, c), data, compile, options, request.Sensitivity, cancellationToken)).ToList();
            return new ClaimsJson(request.Claim, request.Runs, request.Seed, request.Year, evaluations);
        }
        catch (ScenarioException e)
        {
            throw new LodestoneException(ErrorCode.InvalidData, $"a scenario a tracked claim names cannot be compiled on the data of {request.Year}: " + e.Message, inner: e);
        }
    }

    private static IReadOnlyList<TrackedClaim> Claims(ScenarioLibrary library)
    {
        try
        {
            return library.Claims();
        }
        catch (DataValidationException e)
        {
            throw new LodestoneException(ErrorCode.InvalidData, "the tracked claims are invalid: " + e.Message, inner: e);
        }
    }

    private static ScenarioDefinition Scenario(ScenarioLibrary library, TrackedClaim claim) =>
        library.Contains(claim.Scenario)
            ? library.ReadShipped(claim.Scenario)
            : throw new LodestoneException(ErrorCode.InvalidData,
                $"{ClaimFile.FileName}: claim '{claim.Id}' names scenario '{claim.Scenario}', which is not shipped (one of: {string.Join(", ", library.Names())})");
}
