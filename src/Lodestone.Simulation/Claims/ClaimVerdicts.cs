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
    public const double Likely = 0.9;
    public const string LikelyWord = "likely";
    public const string UnlikelyWord = "unlikely";
    public const string UncertainWord = "uncertain";
    public const string CannotTell = "cannot tell yet";

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
