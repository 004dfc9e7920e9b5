using Lodestone.Domain.Model;
using Lodestone.Optimization.Model;

namespace Lodestone.Optimization.Solving;

/// <summary>Whether (and how much of) a project the plan backs.</summary>
/// <param name="Invested">Fraction backed, 0–1 (0 or 1 for integer choices).</param>
/// <param name="InvestmentUsd">Capital committed: Invested × the project's investment.</param>
/// <param name="FirstOutput">First quarter with output, when it delivers within the horizon.</param>
public sealed record ProjectDecision(string Id, string Name, Iso3 Country, double Invested, double InvestmentUsd, Quarter EarliestStart, Quarter? FirstOutput);
