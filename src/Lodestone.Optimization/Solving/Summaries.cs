using Lodestone.Optimization.Model;

namespace Lodestone.Optimization.Solving;

/// <summary>The one-paragraph story of a feasible plan.</summary>
internal static class Summaries
{
    public static string Feasible(PlanProblem problem, PlanResult result)
    {
        var parts = new List<string>();
        foreach (var m in result.Markets)
        {
            var label = m.Commodity + " (" + m.Stage.ToString().ToLowerInvariant() + ")";
            var first = m.Quarters.FirstOrDefault(q => q.DirectShare is not null);
            var capped = m.Quarters.Where(q => q.CapApplies && q.DirectShare is not null).ToList();
            if (m.Cap is { } cap && capped.Count > 0)
            {
                var worst = capped.Max(q => q.DirectShare!.Value);
                parts.Add($"Feasible: {m.Concern} stays at or under {Words.Percent(cap)} of {label} {(m.Basis == CapBasis.Imports ? "imports" : "supply")} from {capped[0].Quarter} (highest capped share {Words.Percent(worst)}; {Words.Percent(first?.DirectShare ?? 0)} in {first?.Quarter}).");
            }
            else
            {
                parts.Add($"Feasible plan for {label}" + (m.Cap is null ? " (no cap set)." : " (the cap starts after the horizon)."));
            }
            var backed = m.Projects.Where(p => p.Invested > 0).ToList();
            if (backed.Count > 0)
            {
                parts.Add("Backs " + string.Join(", ", backed.Select(p => $"{p.Name} ({p.Id}{(p.Invested < 1 ? ", " + Words.Percent(p.Invested) : "")}, first output {p.FirstOutput?.ToString() ?? "after the horizon"})")) + ".");
            }
            var shortfall = m.Quarters.Sum(q => q.Shortfall);
            if (shortfall > 0)
            {
                parts.Add($"Leaves {Words.Units(shortfall, m.Unit)} of demand unmet over the horizon (penalised).");
            }
        }
        var total = result.Cost?.Total;
        parts.Add(total is { } t
            ? $"Cost over {problem.QuarterCount} quarters from {problem.Start}: {Words.Usd(t)}."
            : "Cost: unknown (a volume used has no sourced price).");
        var topCap = result.Binding.Where(b => b.Kind == ConstraintKind.Cap).MaxBy(b => b.ShadowPrice);
        if (topCap is not null)
        {
            parts.Add(topCap.Explanation);
        }
        return string.Join(" ", parts);
    }
}
