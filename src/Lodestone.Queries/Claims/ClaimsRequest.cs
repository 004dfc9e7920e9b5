namespace Lodestone.Queries.Claims;

/// <summary>A checked claims question: one tracked claim or every one, Monte Carlo runs per claim and model, and the seed.</summary>
/// <param name="Claim">The id of one tracked claim (a row of <c>data/claims.csv</c>), or null for every tracked claim.</param>
/// <param name="Runs">Runs per claim and model, <see cref="ClaimsQuestion.MinRuns"/>–<see cref="ClaimsQuestion.MaxRuns"/>.</param>
/// <param name="Seed">The seed; the same request on the same data gives the same answer, whatever the thread count.</param>
/// <param name="Sensitivity">Also rank the drivers of each commodity's answer (one-at-a-time swings, docs/simulation.md).</param>
/// <param name="Year">The data year (vintage) the models start from and "traced now" reads: the year <c>exposure</c> reads for the
/// same request, so the two never disagree (default the newest complete year, <c>Vintages.NewestComplete</c>).</param>
public sealed record ClaimsRequest(string? Claim, int Runs, ulong Seed, bool Sensitivity = false, int? Year = null);
