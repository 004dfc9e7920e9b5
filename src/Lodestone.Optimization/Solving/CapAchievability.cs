using Lodestone.Optimization.Model;

namespace Lodestone.Optimization.Solving;

/// <summary>When a market's cap can first be met and held to the end of the horizon.</summary>
/// <param name="Requested">The plan's "by" quarter.</param>
/// <param name="EarliestAchievable">First quarter from which the cap can hold every quarter to the horizon's end; null when never within the horizon.</param>
/// <param name="Explanation">Words: what opens the way (a project start) or that nothing does within the horizon.</param>
public sealed record CapAchievability(string Market, double Cap, Quarter Requested, Quarter? EarliestAchievable, string Explanation);
