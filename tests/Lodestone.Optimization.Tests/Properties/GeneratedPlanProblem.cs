using System.Globalization;
using Lodestone.Domain.Model;
using Lodestone.Optimization.Model;
using static Lodestone.Optimization.Tests.Problems;

namespace Lodestone.Optimization.Tests.Properties;

/// <summary>A small random planning instance (one market, 1–4 quarters, 2–4 origins, 0–2 projects, a cap, a budget) and
/// a hand-made judge of whether any plan can exist, for <see cref="PlannerPropertyTests"/>.</summary>
/// <remarks>Volumes and prices are whole numbers, caps multiples of 0.05 and contents quarters, so the judge's sums are
/// exact.</remarks>
internal sealed record GeneratedPlanProblem(PlanProblem Problem)
{
    private static readonly double[] Contents = [0, 0.25, 0.5, 1];

    /// <summary>Whether any plan meets every constraint, as far as <see cref="Judge"/> can tell.</summary>
    public enum Verdict
    {
        Feasible, Infeasible, Unknown,
    }

    public PlanMarket Market => Problem.Markets[0];

    public static GeneratedPlanProblem Generate(int seed)
    {
        var random = new Random(seed);
        var quarters = 1 + random.Next(4);
        double[] Series(int max) => [.. Enumerable.Range(0, quarters).Select(_ => (double)random.Next(max + 1))];
        var origins = new[] { "CHN", "AUS", "CAN", "MYS" }.Take(2 + random.Next(3)).Select(c => new SourceOrigin(
            new Iso3(c), c, Series(100), Series(50), 1 + random.Next(100), random.Next(10), 0,
            c == "CHN" ? 1 : Contents[random.Next(Contents.Length)], [])).ToList();
        var projects = Enumerable.Range(0, random.Next(3)).Select(i => new ProjectOption(
            "P" + i, "Project " + i, Aus, 10 + random.Next(91), Q1.AddQuarters(random.Next(4)), 1 + random.Next(3),
            random.Next(11) * 100_000, 1 + random.Next(100), Contents[random.Next(Contents.Length)])).ToList();
        double? cap = random.Next(4) == 0 ? null : random.Next(21) * 0.05;
        double? penalty = random.Next(3) == 0 ? 1000 : null;
        var market = new PlanMarket("rare earths", Stage.Refining, "t", Chn, Series(200), origins, projects, null, null,
            cap, Q1.AddQuarters(random.Next(quarters + 1)), penalty, Usa);
        double? budget = random.Next(2) == 0 ? null : random.Next(11) * 100_000;
        return new(new PlanProblem("USA", Q1, quarters, [market], budget, 0, random.Next(2) == 0));
    }

    /// <summary>Feasible when the origins alone can meet every quarter (projects are optional and none is required, so
    /// a plan backing none exists); infeasible when even every project backed in full, free of the budget, cannot; else
    /// unknown (the budget or whole backing decides). With a shortfall penalty a plan always exists (buy
    /// nothing).</summary>
    /// <remarks>A quarter can be met when demand D fits the capacity and, where the cap c applies, the least concern
    /// excess Σ (content − c)·v over Σ v = D, 0 ≤ v ≤ capacity, found greedily by filling the lowest content first, is
    /// at most 0. A least excess within 1e-6 of 0 is left unknown: the solver's tolerance decides it.</remarks>
    public Verdict Judge()
    {
        if (Market.ShortfallPenaltyUsdPerUnit is not null)
        {
            return Verdict.Feasible;
        }
        var quarters = Enumerable.Range(0, Problem.QuarterCount).ToList();
        var withoutProjects = quarters.Select(t => Meets(t, withProjects: false)).ToList();
        var withEveryProject = quarters.Select(t => Meets(t, withProjects: true)).ToList();
        return withoutProjects.All(m => m == true) ? Verdict.Feasible
            : withEveryProject.Any(m => m == false) ? Verdict.Infeasible
            : Verdict.Unknown;
    }

    /// <summary>Whether quarter <paramref name="t"/> can be met; null when on the edge.</summary>
    private bool? Meets(int t, bool withProjects)
    {
        var quarter = Problem.QuarterAt(t);
        var origins = Market.Origins.Select(o => (o.ConcernContent, o.BaselineCapacity[t] + o.OfftakeCapacity[t]));
        var projects = Market.Projects.Select(p => (p.ConcernContent, p.CapacityPerQuarter * p.RampFactor(quarter)));
        var supply = origins.Concat(withProjects ? projects : []).ToList();
        var demand = Market.Demand[t];
        if (supply.Sum(s => s.Item2) < demand)
        {
            return false;
        }
        if (Market.Cap is not { } cap || quarter < Market.CapFrom)
        {
            return true;
        }
        double left = demand, excess = 0;
        foreach (var (content, capacity) in supply.OrderBy(s => s.ConcernContent))
        {
            var take = Math.Min(left, capacity);
            excess += (content - cap) * take;
            left -= take;
        }
        return Math.Abs(excess) <= 1e-6 ? null : excess < 0;
    }

    public override string ToString()
    {
        var m = Market;
        string Row(IEnumerable<double> values) =>
            string.Join(" ", values.Select(v => v.ToString(CultureInfo.InvariantCulture)));
        var origins = m.Origins.Select(o => $"  {o.Code.Code} content {o.ConcernContent} price {o.PriceUsdPerUnit} "
            + $"premium {o.OfftakePremiumUsdPerUnit} baseline [{Row(o.BaselineCapacity)}] "
            + $"offtake [{Row(o.OfftakeCapacity)}]");
        var projects = m.Projects.Select(p => $"  {p.Id} content {p.ConcernContent} capacity {p.CapacityPerQuarter} "
            + $"from {p.EarliestStart} ramp {p.RampQuarters} investment {p.InvestmentUsd} price {p.PriceUsdPerUnit}");
        return $"{Problem.QuarterCount} quarters, demand [{Row(m.Demand)}], cap {m.Cap} from {m.CapFrom}, penalty "
            + $"{m.ShortfallPenaltyUsdPerUnit}, budget {Problem.BudgetUsd}, integer {Problem.IntegerProjects}, "
            + $"judged {Judge()}\n"
            + string.Join("\n", origins.Concat(projects));
    }
}
