namespace Lodestone.Simulation.MonteCarlo;

/// <summary>The share of runs in which a predicate held, with its Monte Carlo standard error.</summary>
/// <param name="StandardError">√(p(1 − p)/n): the sampling error of <paramref name="P"/> from using <paramref name="Runs"/> runs, not the
/// uncertainty of the model; 0 when every run agrees (then fewer than about 3/n of all runs can disagree, at 95 %).</param>
public sealed record PredicateProbability(string Predicate, string Commodity, string Stage, string Description, double P, double StandardError, int Hits, int Runs)
{
    /// <summary>√(p(1 − p)/n) of a binomial proportion estimated from <paramref name="runs"/> runs.</summary>
    public static double StandardErrorOf(double p, int runs) => runs > 0 ? Math.Sqrt(p * (1 - p) / runs) : double.NaN;
}
