using Lodestone.Simulation.Claims;

namespace Lodestone.Queries.Claims;

/// <summary>The answer to the claims question: the request it answers and each tracked claim tested by Monte Carlo.</summary>
/// <param name="Claim">The claim asked for, or null when every tracked claim was evaluated.</param>
/// <param name="Runs">Runs per claim and model.</param>
/// <param name="Seed">The seed of every run.</param>
/// <param name="Year">The data year the models start from and "traced now" reads (as <c>exposure --year</c>).</param>
/// <param name="Claims">Each claim with, per commodity and stage, the probability of each predicate, the verdict and every assumption.</param>
public sealed record ClaimsJson(string? Claim, int Runs, ulong Seed, int? Year, IReadOnlyList<ClaimEvaluation> Claims);
