namespace Lodestone.Simulation.Engine;

/// <summary>One month of one market in a single run, in importer units (1 = base-year monthly demand).</summary>
/// <param name="Month">1-based simulated month.</param>
/// <param name="OriginSupply">Supply by origin, in the market's origin order.</param>
public sealed record MonthRecord(
    int Month,
    double Demand,
    double Shortfall,
    double ShortfallFraction,
    double SpareSupply,
    double StockRelease,
    double Stock,
    double ConcernShare,
    double EffectiveConcernShare,
    double PriceIndex,
    IReadOnlyList<double> OriginSupply);
