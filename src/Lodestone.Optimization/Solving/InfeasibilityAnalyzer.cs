using Google.OrTools.LinearSolver;
using Lodestone.Optimization.Model;

namespace Lodestone.Optimization.Solving;

/// <summary>Explains an infeasible plan: a smallest conflicting set, the least excess over each cap, and the earliest date each cap becomes achievable.</summary>
/// <remarks>
/// 1. Deletion filter (Chinneck &amp; Dravnieks 1991) over the relaxable groups — each cap quarter, the budget,
///    partners-only, export controls, each project's lead time: drop a group for good when the rest stays
///    infeasible. What remains is an irreducible set: lifting any one member makes the plan feasible.
/// 2. Elastic phase 1: every cap row gets a slack, the objective is the total slack, giving the least excess.
/// 3. For each capped market, binary search over the first quarter the cap applies (feasibility is monotone: a
///    later start drops rows) for the earliest quarter from which the cap can hold to the horizon's end.
/// </remarks>
internal sealed class InfeasibilityAnalyzer(PlanProblem problem, TimeSpan limit)
{
    public InfeasibilityReport Analyse(CancellationToken cancellationToken)
    {
        var groups = Groups();
        var everything = groups.Aggregate(Relaxation.None, (r, g) => g.Drop(r));
        if (!Feasible(everything))
        {
            var hard = new ConflictMember(ConstraintKind.Demand,
                "demand cannot be met even with every cap, budget, lead time and partner or export limit lifted: total capacity is short", false);
            return new InfeasibilityReport([hard], [], [], "No plan exists: " + hard.Description + ".");
        }
        var conflict = DeletionFilter(groups, cancellationToken);
        var violations = Violations();
        var achievability = problem.Markets
            .Select((m, mi) => (m, mi))
            .Where(x => x.m.Cap is not null)
            .Select(x => Achievable(x.mi, cancellationToken))
            .ToList();
        var members = conflict.Select(g => new ConflictMember(g.Kind, g.Description, true))
            .Append(new ConflictMember(ConstraintKind.Demand, "demand each quarter must be met", false))
            .Append(new ConflictMember(ConstraintKind.Capacity, "capacities of every other origin, project and recycling source", false))
            .ToList();
        return new InfeasibilityReport(members, violations, achievability, Explain(conflict, violations, achievability));
    }

    private string Explain(IReadOnlyList<Group> conflict, IReadOnlyList<CapViolation> violations, IReadOnlyList<CapAchievability> achievability)
    {
        var parts = new List<string> { "No plan meets every constraint." };
        if (conflict.Count > 0)
        {
            parts.Add("Smallest conflicting set: " + string.Join("; ", Condense(conflict)) + ", together with demand and the other origins' capacities.");
        }
        if (violations.Count > 0)
        {
            var worst = violations.MaxBy(v => v.ExcessUnits)!;
            parts.Add($"Even the best plan exceeds the cap in {violations.Count} quarter(s); the worst is {worst.Quarter} for {worst.Market}, {Words.Units(worst.ExcessUnits, worst.Unit)} over.");
        }
        parts.AddRange(achievability.Select(a => a.Explanation));
        return string.Join(" ", parts);
    }

    /// <summary>Cap members of one market in consecutive quarters read as one range ("in 2027Q2–2028Q2").</summary>
    private static IEnumerable<string> Condense(IReadOnlyList<Group> conflict)
    {
        var caps = conflict.Where(g => g.CapQuarter is not null).GroupBy(g => g.CapMarket);
        foreach (var market in caps)
        {
            var quarters = market.Select(g => g.CapQuarter!.Value).Order().ToList();
            var prefix = market.First().Description[..market.First().Description.LastIndexOf(" in ", StringComparison.Ordinal)];
            var i = 0;
            while (i < quarters.Count)
            {
                var j = i;
                while (j + 1 < quarters.Count && quarters[j + 1] == quarters[j].AddQuarters(1))
                {
                    j++;
                }
                yield return prefix + (i == j ? " in " + quarters[i] : $" in {quarters[i]}–{quarters[j]}");
                i = j + 1;
            }
        }
        foreach (var g in conflict.Where(g => g.CapQuarter is null))
        {
            yield return g.Description;
        }
    }

    private List<Group> Groups()
    {
        var groups = new List<Group>();
        for (var mi = 0; mi < problem.Markets.Count; mi++)
        {
            var m = problem.Markets[mi];
            if (m.Cap is null)
            {
                continue;
            }
            // Latest quarters first: the filter then keeps the earliest quarter that conflicts.
            for (var t = problem.QuarterCount - 1; t >= 0; t--)
            {
                var q = problem.QuarterAt(t);
                if (q >= m.CapFrom)
                {
                    var key = (mi, q);
                    groups.Add(new Group(ConstraintKind.Cap, $"the {Words.Percent(m.Cap.Value)} cap on {m.Concern} for {m.Label} in {q}",
                        r => r with { DroppedCaps = new HashSet<(int, Quarter)>(r.DroppedCaps) { key } })
                    { CapMarket = mi, CapQuarter = q });
                }
            }
        }
        if (problem.BudgetUsd is { } budget)
        {
            groups.Add(new Group(ConstraintKind.Budget, "the budget of " + Words.Usd(budget), r => r with { DropBudget = true }));
        }
        if (problem.Markets.Any(m => m.Origins.Any(o => o.Restrictions.Any(x => x.Kind == RestrictionKind.PartnersOnly)) || m.Projects.Any(p => p.OutsidePartners)))
        {
            groups.Add(new Group(ConstraintKind.PartnersOnly, "the partners-only limit", r => r with { DropPartnersOnly = true }));
        }
        var controls = problem.Markets.SelectMany(m => m.Origins).SelectMany(o => o.Restrictions).Where(x => x.Kind == RestrictionKind.ExportControl).Select(x => x.Reason).Distinct().ToList();
        if (controls.Count > 0)
        {
            groups.Add(new Group(ConstraintKind.ExportControl, "export controls in force (" + string.Join(", ", controls.Take(3)) + (controls.Count > 3 ? ", …" : "") + ")", r => r with { DropExportControls = true }));
        }
        foreach (var p in problem.Markets.SelectMany(m => m.Projects).Where(p => p.EarliestStart > problem.Start))
        {
            var id = p.Id;
            groups.Add(new Group(ConstraintKind.LeadTime, $"{p.Name} ({p.Id}) cannot deliver before {p.EarliestStart}",
                r => r with { DroppedLeadTimes = new HashSet<string>(r.DroppedLeadTimes, StringComparer.Ordinal) { id } }));
        }
        return groups;
    }

    private List<Group> DeletionFilter(List<Group> groups, CancellationToken cancellationToken)
    {
        var kept = new List<Group>(groups);
        foreach (var g in groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Enforce everything kept except g (g is lifted); every group already discarded stays lifted.
            var trial = kept.Where(k => k != g).ToList();
            var relaxation = groups.Except(trial).Aggregate(Relaxation.None, (r, x) => x.Drop(r));
            if (!Feasible(relaxation))
            {
                kept.Remove(g);
            }
        }
        return kept;
    }

    private List<CapViolation> Violations()
    {
        using var model = PlanModel.Build(problem, Relaxation.None with { ElasticCaps = true });
        var status = model.Solve(limit);
        var list = new List<CapViolation>();
        if (status is not (Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE))
        {
            return list;
        }
        foreach (var vars in model.Markets)
        {
            for (var t = 0; t < problem.QuarterCount; t++)
            {
                if (vars.CapSlack[t] is { } e && e.SolutionValue() > 1e-6)
                {
                    list.Add(new CapViolation(vars.Market.Label, problem.QuarterAt(t), e.SolutionValue(), vars.Market.Unit));
                }
            }
        }
        return list;
    }

    private CapAchievability Achievable(int mi, CancellationToken cancellationToken)
    {
        var m = problem.Markets[mi];
        var end = problem.QuarterAt(problem.QuarterCount - 1);
        Relaxation From(Quarter q) => Relaxation.None with { CapFromOverride = new Dictionary<int, Quarter> { [mi] = q } };
        var lo = Math.Max(0, problem.IndexOf(m.CapFrom));
        var hi = problem.QuarterCount - 1;
        if (!Feasible(From(problem.QuarterAt(hi))))
        {
            return new CapAchievability(m.Label, m.Cap!.Value, m.CapFrom, null,
                $"The {Words.Percent(m.Cap!.Value)} cap on {m.Concern} for {m.Label} is not achievable within the horizon (to {end}) under the other constraints.");
        }
        while (lo < hi)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var mid = (lo + hi) / 2;
            if (Feasible(From(problem.QuarterAt(mid))))
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }
        var earliest = problem.QuarterAt(lo);
        // Name only the projects the plan at that date actually backs, so an unaffordable project is never credited.
        var backed = new HashSet<string>(StringComparer.Ordinal);
        using (var model = PlanModel.Build(problem, From(earliest)))
        {
            if (model.Solve(limit) is Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE)
            {
                var vars = model.Markets[mi];
                backed.UnionWith(Enumerable.Range(0, m.Projects.Count).Where(pi => vars.Invest[pi].SolutionValue() > 1e-6).Select(pi => m.Projects[pi].Id));
            }
        }
        var enablers = m.Projects.Where(p => backed.Contains(p.Id) && p.EarliestStart > m.CapFrom && p.EarliestStart <= earliest)
            .Select(p => $"{p.Name} ({p.Id}) starts in {p.EarliestStart}").ToList();
        var because = enablers.Count > 0 ? ", after " + string.Join(" and ", enablers) : "";
        return new CapAchievability(m.Label, m.Cap!.Value, m.CapFrom, earliest,
            $"The {Words.Percent(m.Cap!.Value)} cap on {m.Concern} for {m.Label} becomes achievable from {earliest} (requested {m.CapFrom}){because}.");
    }

    private bool Feasible(Relaxation relaxation)
    {
        using var model = PlanModel.Build(problem, relaxation);
        return model.Solve(limit) is Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE;
    }

    private sealed record Group(ConstraintKind Kind, string Description, Func<Relaxation, Relaxation> Drop)
    {
        public int CapMarket { get; init; } = -1;
        public Quarter? CapQuarter { get; init; }
    }
}
