namespace Lodestone.Optimization.Model;

/// <summary>A strategic stockpile the importer can build and release.</summary>
/// <remarks>
/// Level(t) = Level(t−1) + Build(t) − Release(t), Level(−1) = <see cref="InitialUnits"/>, 0 ≤ Level ≤
/// <see cref="MaxUnits"/>. Carrying cost is charged on the end-of-quarter level. Built material is bought at
/// the prices of whatever origins supply it (it enters the balance like consumption).
/// </remarks>
/// <param name="InitialUnits">Opening stock in the market's unit, ≥ 0.</param>
/// <param name="MaxUnits">Storage limit, ≥ <paramref name="InitialUnits"/>.</param>
/// <param name="CarryingUsdPerUnitQuarter">Cost of holding one unit for one quarter, ≥ 0.</param>
public sealed record StockpileOption(double InitialUnits, double MaxUnits, double CarryingUsdPerUnitQuarter);
