using System.Globalization;

namespace Lodestone.Optimization.Solving;

/// <summary>Turns an optimal LP's duals and reduced costs into binding constraints explained in words.</summary>
/// <remarks>
/// Cap row: Σ(c − cap)·volume ≤ 0. Raising the cap by δ relaxes the row by δ·S (S = volume consumed on the cap's basis), so the saving
/// per percentage point is |dual| · 0.01 · S. Capacity bounds are variable bounds: their price is the reduced cost
/// of a variable sitting at its upper bound. Budget row: |dual| is the saving per extra dollar.
/// </remarks>
internal static class BindingAnalyzer
{
    private const double DualTolerance = 1e-7;

    public static IReadOnlyList<BindingConstraint> Analyse(PlanModel model, IReadOnlyList<MarketPlan> plans)
    {
        var problem = model.Problem;
        var binding = new List<BindingConstraint>();
        for (var mi = 0; mi < model.Markets.Count; mi++)
        {
            var vars = model.Markets[mi];
            var m = vars.Market;
            var plan = plans[mi];
            binding.AddRange(Caps(model, mi, plan));
            binding.AddRange(Capacities(model, mi));
        }
        if (model.Budget is { } budget && Math.Abs(budget.DualValue()) > DualTolerance)
        {
            var dual = Math.Abs(budget.DualValue());
            binding.Add(new BindingConstraint(ConstraintKind.Budget, null, null, dual, "USD",
                string.Create(CultureInfo.InvariantCulture,
                    $"The budget of {Words.Usd(problem.BudgetUsd!.Value)} binds: each extra dollar of budget would lower the plan's cost by {dual:0.###} dollars (a larger or earlier project would pay for itself).")));
        }
        return binding;
    }

    /// <summary>Binding cap rows, one entry per run of consecutive quarters with the same cause.</summary>
    private static IEnumerable<BindingConstraint> Caps(PlanModel model, int mi, MarketPlan plan)
    {
        var problem = model.Problem;
        var vars = model.Markets[mi];
        var m = vars.Market;
        var rows = new List<(int T, double PerPoint, string Cause)>();
        for (var t = 0; t < problem.QuarterCount; t++)
        {
            if (vars.CapRows[t] is { } row && Math.Abs(row.DualValue()) >= DualTolerance)
            {
                rows.Add((t, Math.Abs(row.DualValue()) * 0.01 * plan.Quarters[t].CountedVolume, Cause(model, mi, t)));
            }
        }
        var i = 0;
        while (i < rows.Count)
        {
            var j = i;
            while (j + 1 < rows.Count && rows[j + 1].T == rows[j].T + 1 && rows[j + 1].Cause == rows[i].Cause)
            {
                j++;
            }
            var first = problem.QuarterAt(rows[i].T);
            var last = problem.QuarterAt(rows[j].T);
            var span = first == last ? "in " + first : $"in {first}–{last}";
            var low = rows.Skip(i).Take(j - i + 1).Min(r => r.PerPoint);
            var high = rows.Skip(i).Take(j - i + 1).Max(r => r.PerPoint);
            var saving = Math.Abs(high - low) < 0.005 * high ? Words.Usd(high) : Words.Usd(low) + " to " + Words.Usd(high);
            yield return new BindingConstraint(ConstraintKind.Cap, m.Label, first, high, "percentage point",
                $"The {Words.Percent(m.Cap!.Value)} cap on {m.Concern} binds {span} for {m.Label}: one more percentage point would save about {saving} per quarter. {rows[i].Cause}");
            i = j + 1;
        }
    }

    private static string Cause(PlanModel model, int mi, int t)
    {
        var problem = model.Problem;
        var vars = model.Markets[mi];
        var m = vars.Market;
        var q = problem.QuarterAt(t);
        var others = Enumerable.Range(0, m.Origins.Count).Where(oi => m.Origins[oi].ConcernContent < 1 && m.Counts(m.Origins[oi].Code)).ToList();
        var saturated = others.All(oi =>
            AtUpper(vars.Baseline[oi][t]) && AtUpper(vars.Offtake[oi][t]));
        if (!saturated)
        {
            return $"Cheaper supply from {m.Concern} is held back; dearer supply from other origins fills the gap.";
        }
        var unbacked = Enumerable.Range(0, m.Projects.Count)
            .Where(pi => m.Projects[pi].RampFactor(q) > 0 && vars.Invest[pi].SolutionValue() < 1 - 1e-6)
            .Select(pi => m.Projects[pi])
            .FirstOrDefault();
        if (unbacked is not null)
        {
            var why = model.Budget is { } budget && Math.Abs(budget.DualValue()) > DualTolerance
                ? "the budget does not stretch to it"
                : $"its investment of {Words.Usd(unbacked.InvestmentUsd)} costs more than the cap saves";
            return $"Every other source is used to its limit; backing {unbacked.Name} ({unbacked.Id}) would add capacity from {unbacked.EarliestStart}, but {why}.";
        }
        var next = m.Projects
            .Where(p => p.EarliestStart > q || p.RampFactor(q) < 1)
            .OrderBy(p => p.EarliestStart)
            .FirstOrDefault();
        return next is null
            ? "Every other source is used to its limit and no project adds capacity within the horizon."
            : $"Every other source is used to its limit: no other capacity exists until {next.Name} ({next.Id}) starts in {next.EarliestStart}" +
              (next.EarliestStart <= q ? " and ramps up." : ".");
    }

    private static string Possessive(string name) => name.EndsWith('s') ? name + "'" : name + "'s";

    private static bool AtUpper(Google.OrTools.LinearSolver.Variable v) => v.SolutionValue() >= v.Ub() - 1e-6;

    private static IEnumerable<BindingConstraint> Capacities(PlanModel model, int mi)
    {
        var problem = model.Problem;
        var vars = model.Markets[mi];
        var m = vars.Market;
        for (var oi = 0; oi < m.Origins.Count; oi++)
        {
            var o = m.Origins[oi];
            foreach (var (kind, row) in new[] { ("existing supply", vars.Baseline[oi]), ("new-offtake capacity", vars.Offtake[oi]) })
            {
                var quarters = Enumerable.Range(0, problem.QuarterCount)
                    .Where(t => row[t].Ub() > 1e-9 && AtUpper(row[t]) && Math.Abs(row[t].ReducedCost()) > DualTolerance)
                    .ToList();
                if (quarters.Count == 0)
                {
                    continue;
                }
                var price = quarters.Average(t => Math.Abs(row[t].ReducedCost()));
                var first = problem.QuarterAt(quarters[0]);
                var last = problem.QuarterAt(quarters[^1]);
                var span = first == last ? first.ToString() : first + "–" + last;
                yield return new BindingConstraint(ConstraintKind.Capacity, m.Label, first, price, m.Unit,
                    $"{Possessive(o.Name)} {kind} for {m.Label} is fully used in {span} ({quarters.Count} quarter(s)): each more {m.Unit} would save about {Words.Usd(price)}.");
            }
        }
    }
}
