namespace Lodestone.Optimization.Model;

/// <summary>A strategic stockpile the importer can build and release.</summary>
/// <remarks>
/// Stock keeps its origin (specific identification by lot): the planner keeps one lot per origin, per project and one for
/// the opening stock; Level_k(t) = Level_k(t−1) + Build_k(t) − Release_k(t), Level_opening(−1) = <see cref="InitialUnits"/>,
/// every other lot starts empty; Σ_k Level_k ≤ <see cref="MaxUnits"/>. A lot is built only from what its origin delivers
/// that quarter, and a release carries its lot's concern content into the cap, so material bought from the supplier of
/// concern counts as the supplier's whenever it is used. Carrying cost is charged on the end-of-quarter level.
/// </remarks>
/// <param name="InitialUnits">Opening stock in the market's unit, ≥ 0.</param>
/// <param name="MaxUnits">Storage limit, ≥ <paramref name="InitialUnits"/>.</param>
/// <param name="CarryingUsdPerUnitQuarter">Cost of holding one unit for one quarter, ≥ 0.</param>
/// <param name="InitialConcernContent">Share of the opening stock that came from the supplier of concern, 0–1 (1, the high
/// bound, when the plan does not say where it came from).</param>
public sealed record StockpileOption(double InitialUnits, double MaxUnits, double CarryingUsdPerUnitQuarter, double InitialConcernContent = 1);
