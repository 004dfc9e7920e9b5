using Lodestone.Optimization.Model;

namespace Lodestone.Optimization.Solving;

/// <summary>By how much the best possible plan still exceeds a cap in one quarter.</summary>
/// <param name="ExcessUnits">Volume of concern above the cap, in the market's unit (the least achievable, from the elastic model).</param>
public sealed record CapViolation(string Market, Quarter Quarter, double ExcessUnits, string Unit);
