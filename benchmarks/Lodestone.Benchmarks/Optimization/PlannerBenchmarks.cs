using BenchmarkDotNet.Attributes;
using Lodestone.Optimization.Model;
using Lodestone.Optimization.Solving;

namespace Lodestone.Benchmarks.Optimization;

/// <summary>Planner solve time on the size: 30 commodities × 40 countries × 12 quarters (target &lt; 10 s).</summary>
/// <remarks>
/// LP: fractional project backing (GLOP). MILP: all-or-nothing projects (SCIP). Explained: the LP plus the
/// binding-constraint pass. Baseline: the LP solved market by market without the shared budget (what a planner
/// without coupling would do), to show what the coupled model costs.
/// </remarks>
[MemoryDiagnoser]
[JsonExporterAttribute.Full]
public class PlannerBenchmarks
{
    private PlanProblem _lp = null!;
    private PlanProblem _milp = null!;

    [Params(30)]
    public int Commodities { get; set; }

    [Params(40)]
    public int Countries { get; set; }

    [Params(12)]
    public int Quarters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _lp = SyntheticPlan.Create(42, Commodities, Countries, Quarters, integer: false);
        _milp = _lp with { IntegerProjects = true };
    }

    [Benchmark(Baseline = true)]
    public int MarketByMarketLp()
    {
        var planner = new Planner();
        var feasible = 0;
        foreach (var market in _lp.Markets)
        {
            var one = _lp with { Markets = [market], BudgetUsd = null };
            feasible += planner.Solve(one, new PlannerOptions(Explain: false)).IsFeasible ? 1 : 0;
        }
        return feasible;
    }

    [Benchmark]
    public PlanStatus CoupledLp() => new Planner().Solve(_lp, new PlannerOptions(Explain: false)).Status;

    [Benchmark]
    public PlanStatus CoupledLpExplained() => new Planner().Solve(_lp, new PlannerOptions(Explain: true)).Status;

    [Benchmark]
    public PlanStatus CoupledMilp() => new Planner().Solve(_milp, new PlannerOptions(Explain: false)).Status;
}
