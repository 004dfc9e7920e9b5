using System.Globalization;
using Lodestone.Domain.Exposure.Tracing;

namespace Lodestone.Simulation.Claims;

/// <summary>The one rule that turns a commodity's probabilities and its traced share into a verdict, for the CLI, the API and the dashboard.</summary>
/// <remarks>
/// "likely" needs P(share &lt; 50 %) ≥ <see cref="Likely"/> even when every untraced origin is counted as the concern's;
/// "unlikely" needs it ≤ 1 − <see cref="Likely"/> even when they are counted as free of it. A verdict is "cannot tell yet"
/// when the commodity's traced share is unknown, when the importer's supply passes a stage the concern dominates
/// (≥ 80 % of world output) without a traced path around it, or when the answer flips with the untraced part.
/// </remarks>
public static class ClaimVerdicts
{
    /// <summary>The probability a verdict needs to be "likely" (and that 1 − it caps for "unlikely"): 0.9.</summary>
    public const double Likely = 0.9;
    /// <summary>Verdict: P(share &lt; 50 %) ≥ <see cref="Likely"/> even with every untraced origin counted as the concern's.</summary>
    public const string LikelyWord = "likely";
    /// <summary>Verdict: P(share &lt; 50 %) ≤ 1 − <see cref="Likely"/> even with every untraced origin counted as free of it.</summary>
    public const string UnlikelyWord = "unlikely";
    /// <summary>Verdict: the probability lies between the two thresholds whichever way the untraced part is counted.</summary>
    public const string UncertainWord = "uncertain";
    /// <summary>Verdict: the traced share is unknown, a dominated stage is untraced, or the answer flips with the untraced part.</summary>
    public const string CannotTell = "cannot tell yet";

    /// <summary>The verdict for one commodity and what is missing to decide it (empty unless <see cref="CannotTell"/>).</summary>
    /// <param name="trace">The commodity's traced share at the market's stage; null when nothing could be traced.</param>
    /// <param name="pOptimistic">P(share &lt; 50 %) with untraced origins counted as free of the concern.</param>
    /// <param name="pPessimistic">P(share &lt; 50 %) with untraced origins counted as the concern's.</param>
    public static (string Verdict, IReadOnlyList<string> Missing) For(StageTrace? trace, ImporterTrace importer, double pOptimistic, double pPessimistic)
    {
        if (trace is null)
        {
            return (CannotTell, [$"no traced share of {importer.Supplier.Code} in {importer.Importer.Code}'s {importer.Commodity} supply at this stage: no output, import or trade data"]);
        }
        if (!trace.Share.IsExact && importer.DominatedStages.Count > 0)
        {
            var dominated = string.Join(", ", importer.DominatedStages.Select(d => $"{d.Stage.ToString().ToLowerInvariant()} ({Pct(d.Share)} % of world output)"));
            return (CannotTell, [$"{importer.Supplier.Code} dominates {dominated} and {Pct(trace.Untraced)} % of the supply is untraced", .. trace.Gaps]);
        }
        if (pPessimistic >= Likely)
        {
            return (LikelyWord, []);
        }
        if (pOptimistic <= 1 - Likely)
        {
            return (UnlikelyWord, []);
        }
        if (pOptimistic >= Likely)
        {
            return (CannotTell, ["the verdict turns on the untraced part of the supply", .. trace.Gaps]);
        }
        return (UncertainWord, []);
    }

    private static string Pct(double f) => (f * 100).ToString("0.#", CultureInfo.InvariantCulture);
}
