namespace Lodestone.Optimization.Model;

/// <summary>A complete planning instance: markets over a horizon of quarters, a budget and the risk weight.</summary>
/// <remarks>
/// Objective (USD): Σ price·volume + Σ investment + Σ stock carrying + Σ recycling cost + Σ shortfall penalty
/// + <see cref="RiskWeightUsdPerUnit"/> · Σ risk_o · volume_o. The risk term is a linear governance-weighted
/// exposure: each unit from an origin carrying risk weight r costs r·λ more, which at λ &gt; 0 pushes volume away
/// from risky origins even below the cap.
/// </remarks>
/// <param name="Start">First planning quarter.</param>
/// <param name="QuarterCount">Horizon length in quarters, ≥ 1.</param>
/// <param name="BudgetUsd">Cap on total project investment; null for no budget.</param>
/// <param name="IntegerProjects">True: back a project fully or not at all (MILP, SCIP); false: fractional backing (LP, GLOP).</param>
public sealed record PlanProblem(
    string Importer,
    Quarter Start,
    int QuarterCount,
    IReadOnlyList<PlanMarket> Markets,
    double? BudgetUsd,
    double RiskWeightUsdPerUnit,
    bool IntegerProjects)
{
    /// <summary>The quarter <paramref name="index"/> quarters after <see cref="Start"/> (0 is the start).</summary>
    public Quarter QuarterAt(int index) => Start.AddQuarters(index);

    /// <summary>Every planning quarter, from <see cref="Start"/>, <see cref="QuarterCount"/> of them.</summary>
    public IEnumerable<Quarter> Quarters => Enumerable.Range(0, QuarterCount).Select(QuarterAt);

    /// <summary>Index of <paramref name="quarter"/> in the horizon (may fall outside 0..QuarterCount−1).</summary>
    public int IndexOf(Quarter quarter) => quarter.QuartersSince(Start);
}
