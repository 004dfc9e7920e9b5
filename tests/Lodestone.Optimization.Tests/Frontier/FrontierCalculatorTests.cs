using Lodestone.Optimization.Frontier;
using static Lodestone.Optimization.Tests.Problems;

namespace Lodestone.Optimization.Tests.Frontier;

public sealed class FrontierCalculatorTests
{
    [Fact]
    public void Compute_TwoSupplierLp_TracesHandSolvedCosts()
    {
        // Given the two-supplier LP of PlannerTests (demand 100 t, CHN 10 $/t, AUS 15 $/t up to 80 t).
        // By hand, cost(cap) = 10·c + 15·(100 − c) with c = 100·cap while AUS can cover the rest:
        // cap 1 → 1,000; 0.4 → 1,300; 0.2 → 1,400; 0.1 → AUS would need 90 t > 80 t: no plan.
        var problem = Problem(Market(100, 1, [Origin(Chn, 100, 10, 1), Origin(Aus, 80, 15, 1)], cap: 0.5), 1);

        // When
        var points = FrontierCalculator.Compute(problem, [1.0, 0.4, 0.2, 0.1]);

        // Then
        Assert.Equal(1000, points[0].CostUsd!.Value, 6);
        Assert.Equal(1300, points[1].CostUsd!.Value, 6);
        Assert.Equal(1400, points[2].CostUsd!.Value, 6);
        Assert.False(points[3].Feasible);
        Assert.Null(points[3].CostUsd);
    }
}
