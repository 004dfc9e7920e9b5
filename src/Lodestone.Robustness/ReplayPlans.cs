using Lodestone.Optimization.Model;
using Lodestone.Optimization.Solving;
using Lodestone.Simulation.Replays;

namespace Lodestone.Robustness;

/// <summary>A solved plan in the simulation library's terms (<see cref="ReplayPlan"/>): what its replay reads, and
/// nothing of the
/// solver, so a sweep can replay it on a worker that carries no planner.</summary>
public static class ReplayPlans
{
    /// <summary>The replay's view of <paramref name="plan"/>, solved from <paramref name="problem"/>.</summary>
    /// <exception cref="ArgumentException">The plan is not feasible, or its markets do not match the
    /// problem's.</exception>
    public static ReplayPlan From(PlanProblem problem, PlanResult plan)
    {
        if (!plan.IsFeasible)
        {
            throw new ArgumentException("only a feasible plan can be replayed", nameof(plan));
        }
        return new ReplayPlan(plan.Markets.Select((m, i) => Market(problem.Markets[i], m)).ToList());
    }

    private static ReplayMarket Market(PlanMarket market, MarketPlan plan)
    {
        if (market.Commodity != plan.Commodity || market.Stage != plan.Stage)
        {
            throw new ArgumentException(
                $"plan market {plan.Commodity}/{plan.Stage} does not match problem market {market.Label}");
        }
        // Every lot the plan moves, plus the opening stock; per lot the planned build and release per quarter.
        var lots = plan.Quarters.SelectMany(q => q.Lots).GroupBy(l => l.Lot, StringComparer.Ordinal)
            .Select(g => g.First()).ToList();
        if (market.Stockpile is { InitialUnits: > 0 } stock && !lots.Any(l => l.Kind == StockLotKind.Opening))
        {
            var content = stock.InitialConcernContent;
            var opening = new StockLotMove("opening", StockLotKind.Opening, null, null, content, true, 0, 0,
                stock.InitialUnits);
            lots.Insert(0, opening);
        }
        var replayLots = lots.Select(l => new ReplayLot(
            l.Lot, l.Kind == StockLotKind.Opening, l.ConcernContent, l.Counts,
            plan.Quarters.Select(q => q.Lots.FirstOrDefault(m => m.Lot == l.Lot)?.Build ?? 0).ToArray(),
            plan.Quarters.Select(q => q.Lots.FirstOrDefault(m => m.Lot == l.Lot)?.Release ?? 0).ToArray())).ToList();
        var quarters = plan.Quarters.Select(q => new ReplayQuarter(
            q.Quarter.ToString(), q.Quarter.Middle.Year, q.Quarter.Middle.Month, q.Shortfall, q.Recycling, q.CapApplies,
            q.Origins.Select(o => new ReplayVolume(o.Origin.Code, o.Total)).ToList())).ToList();
        var projects = plan.Projects.Where(d => d.Invested > 0).Select(d =>
        {
            var option = market.Projects.First(p => p.Id == d.Id);
            return new ReplayProjectPlan(
                d.Id, option.Country.Code, option.ConcernContent, market.Counts(option.Country),
                plan.Quarters.Select(q => q.ProjectOutput.GetValueOrDefault(d.Id)).ToArray());
        }).ToList();
        return new ReplayMarket(
            market.Label, market.Commodity, market.Stage, market.Importer.Code, market.Concern.Code, market.Cap,
            market.CountsRecycling, SpotContentOf(market), market.Stockpile?.InitialUnits ?? 0,
            market.Origins.Select(o => new ReplayOrigin(o.Code.Code, o.ConcernContent, market.Counts(o.Code))).ToList(),
            quarters, replayLots, projects);
    }

    /// <summary>The spot content the market implies: Σ c_o·offtake_o ÷ Σ offtake_o over the horizon, offtake capacity
    /// before
    /// restrictions (the builder sizes it as the spare fraction × each producer's output, so this is the
    /// content-weighted
    /// producer share at the stage); 1 (all concern) when the market has no offtake capacity at all.</summary>
    public static double SpotContentOf(PlanMarket market)
    {
        double total = 0, concern = 0;
        foreach (var o in market.Origins)
        {
            var offtake = o.OfftakeCapacity.Sum();
            total += offtake;
            concern += o.ConcernContent * offtake;
        }
        return total > 0 ? concern / total : 1;
    }
}
