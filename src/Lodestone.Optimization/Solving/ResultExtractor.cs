using Lodestone.Optimization.Model;

namespace Lodestone.Optimization.Solving;

/// <summary>Reads a solved <see cref="PlanModel"/> back into plan records.</summary>
internal static class ResultExtractor
{
    /// <summary>Consumed volume below this is solver noise: no share is reported.</summary>
    private const double Tolerance = 1e-9;

    public static IReadOnlyList<MarketPlan> Markets(PlanModel model)
    {
        var problem = model.Problem;
        var plans = new List<MarketPlan>();
        for (var mi = 0; mi < model.Markets.Count; mi++)
        {
            var vars = model.Markets[mi];
            var m = vars.Market;
            var split = SplitLots(vars, problem.QuarterCount);
            var quarters = Enumerable.Range(0, problem.QuarterCount)
                .Select(t => QuarterOf(vars, problem.QuarterAt(t), t, split[t]))
                .ToList();
            plans.Add(new MarketPlan(m.Commodity, m.Stage, m.Unit, m.Concern, m.Cap, m.Basis, quarters,
                Decisions(vars, quarters)));
        }
        return plans;
    }

    /// <summary>Quarter <paramref name="t"/> of one market: volumes bought and made, stock moves, and the shares of what
    /// is consumed on the market's cap basis (purchases not stocked, project output not stocked and stock releases with
    /// the content of their lot; domestic volume is left out on an imports basis).</summary>
    private static QuarterPlan QuarterOf(MarketVars vars, Quarter q, int t,
        List<(StockLotKind Kind, int Index, StockLotMove Move)> lots)
    {
        var m = vars.Market;
        var origins = new List<OriginVolume>();
        double StockIn(StockLotKind kind, int index) =>
            lots.Where(x => x.Kind == kind && x.Index == index).Sum(x => x.Move.Release - x.Move.Build);
        double counted = 0, concern = 0, effective = 0;
        for (var oi = 0; oi < m.Origins.Count; oi++)
        {
            var o = m.Origins[oi];
            var volume = new OriginVolume(o.Code, o.Name, Clean(vars.Baseline[oi][t].SolutionValue()),
                Clean(vars.Offtake[oi][t].SolutionValue()));
            if (m.Counts(o.Code))
            {
                var used = volume.Total + StockIn(StockLotKind.Origin, oi);
                counted += used;
                concern += o.Code == m.Concern ? used : 0;
                effective += o.ConcernContent * used;
            }
            if (volume.Total > 0)
            {
                origins.Add(volume);
            }
        }
        var projects = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var pi = 0; pi < m.Projects.Count; pi++)
        {
            var output = Clean(vars.ProjectOutput[pi][t].SolutionValue());
            if (m.Counts(m.Projects[pi].Country))
            {
                var used = output + StockIn(StockLotKind.Project, pi);
                counted += used;
                effective += m.Projects[pi].ConcernContent * used;
            }
            if (output > 0)
            {
                projects[m.Projects[pi].Id] = output;
            }
        }
        foreach (var opening in lots.Where(l => l.Kind == StockLotKind.Opening).Select(l => l.Move))
        {
            counted += opening.Release;
            concern += opening.ConcernContent * opening.Release;
            effective += opening.ConcernContent * opening.Release;
        }
        var recycling = Value(vars.Recycling[t]);
        counted += m.CountsRecycling ? recycling : 0;
        return new QuarterPlan(
            q, m.Demand[t], origins, projects, recycling,
            lots.Sum(l => l.Move.Build), lots.Sum(l => l.Move.Release), lots.Sum(l => l.Move.Level),
            Value(vars.Shortfall[t]),
            counted > Tolerance ? concern / counted : null,
            counted > Tolerance ? effective / counted : null,
            vars.CapRows[t] is not null)
        {
            Lots = lots.Select(l => l.Move).Where(l => l.Build > 0 || l.Release > 0 || l.Level > 0).ToList(),
            CountedVolume = counted,
        };
    }

    /// <summary>Each project's investment (a fraction of it, or 0/1 with integer projects), its cost and the first
    /// quarter it delivers in.</summary>
    private static List<ProjectDecision> Decisions(MarketVars vars, List<QuarterPlan> quarters)
    {
        var m = vars.Market;
        var decisions = new List<ProjectDecision>();
        for (var pi = 0; pi < m.Projects.Count; pi++)
        {
            var p = m.Projects[pi];
            var invested = Clean(vars.Invest[pi].SolutionValue());
            var first = quarters.FirstOrDefault(qp => qp.ProjectOutput.ContainsKey(p.Id))?.Quarter;
            decisions.Add(new ProjectDecision(p.Id, p.Name, p.Country, invested, invested * p.InvestmentUsd,
                p.EarliestStart, first));
        }
        return decisions;
    }

    /// <summary>Each pooled lot split back into one lot per source, per quarter.</summary>
    /// <remarks>Sources in a pool share one content, so any split is exact for the cap; this one fills the pool's build from
    /// its members in order, each up to what it delivered that quarter, and draws releases in proportion to what each holds.
    /// A build and a release of one pool in one quarter cancel (the solver may pass volume through a lot at no cost).</remarks>
    private static List<(StockLotKind Kind, int Index, StockLotMove Move)>[] SplitLots(MarketVars vars, int quarters)
    {
        var m = vars.Market;
        var split = Enumerable.Range(0, quarters).Select(_ => new List<(StockLotKind, int, StockLotMove)>()).ToArray();
        foreach (var lot in vars.Lots)
        {
            if (lot.IsOpening)
            {
                for (var t = 0; t < quarters; t++)
                {
                    split[t].Add((StockLotKind.Opening, -1, new StockLotMove("opening", StockLotKind.Opening, null, null, lot.Content, lot.Counts,
                        0, Clean(lot.Release[t].SolutionValue()), Clean(lot.Level[t].SolutionValue()))));
                }
                continue;
            }
            var held = new double[lot.Members.Count];
            for (var t = 0; t < quarters; t++)
            {
                // Putting material into a lot and taking it out in the same quarter changes no row: shown net.
                var build = Value(lot.Build[t]);
                var release = Clean(lot.Release[t].SolutionValue());
                var through = Math.Min(build, release);
                build = Clean(build - through);
                release = Clean(release - through);
                var builds = new double[lot.Members.Count];
                for (var i = 0; i < lot.Members.Count && build > 0; i++)
                {
                    var (kind, index) = lot.Members[i];
                    var delivered = kind == StockLotKind.Origin
                        ? Clean(vars.Baseline[index][t].SolutionValue()) + Clean(vars.Offtake[index][t].SolutionValue())
                        : Clean(vars.ProjectOutput[index][t].SolutionValue());
                    builds[i] = i == lot.Members.Count - 1 ? build : Math.Min(build, delivered);
                    build -= builds[i];
                }
                var available = held.Select((h, i) => h + builds[i]).ToArray();
                var total = available.Sum();
                for (var i = 0; i < lot.Members.Count; i++)
                {
                    var (kind, index) = lot.Members[i];
                    var drawn = total > 0 ? release * available[i] / total : 0;
                    held[i] = Clean(available[i] - drawn);
                    var (key, country, project) = kind == StockLotKind.Origin
                        ? (m.Origins[index].Code.Code, m.Origins[index].Code, (string?)null)
                        : ("project:" + m.Projects[index].Id, m.Projects[index].Country, m.Projects[index].Id);
                    split[t].Add((kind, index, new StockLotMove(key, kind, country, project, lot.Content, lot.Counts, Clean(builds[i]), Clean(drawn), held[i])));
                }
            }
        }
        return split;
    }

    public static CostBreakdown Cost(PlanModel model)
    {
        double purchases = 0, investment = 0, carrying = 0, recycling = 0, shortfall = 0, risk = 0;
        var purchasesKnown = true;
        var recyclingKnown = true;
        foreach (var vars in model.Markets)
        {
            var m = vars.Market;
            for (var oi = 0; oi < m.Origins.Count; oi++)
            {
                var o = m.Origins[oi];
                for (var t = 0; t < model.Problem.QuarterCount; t++)
                {
                    var x = Clean(vars.Baseline[oi][t].SolutionValue());
                    var z = Clean(vars.Offtake[oi][t].SolutionValue());
                    if (x + z > 0 && o.PriceUsdPerUnit is null)
                    {
                        purchasesKnown = false;
                    }
                    purchases += ((o.PriceUsdPerUnit ?? 0) * (x + z)) + (o.OfftakePremiumUsdPerUnit * z);
                    risk += model.Problem.RiskWeightUsdPerUnit * o.RiskPerUnit * (x + z);
                }
            }
            for (var pi = 0; pi < m.Projects.Count; pi++)
            {
                var p = m.Projects[pi];
                investment += p.InvestmentUsd * Clean(vars.Invest[pi].SolutionValue());
                var output = vars.ProjectOutput[pi].Sum(v => Clean(v.SolutionValue()));
                if (output > 0 && p.PriceUsdPerUnit is null)
                {
                    purchasesKnown = false;
                }
                purchases += (p.PriceUsdPerUnit ?? 0) * output;
            }
            var recycled = vars.Recycling.Sum(Value);
            if (recycled > 0 && m.Recycling?.CostUsdPerUnit is null)
            {
                recyclingKnown = false;
            }
            recycling += (m.Recycling?.CostUsdPerUnit ?? 0) * recycled;
            carrying += (m.Stockpile?.CarryingUsdPerUnitQuarter ?? 0) * vars.Lots.Sum(l => l.Level.Sum(v => Clean(v.SolutionValue())));
            shortfall += (m.ShortfallPenaltyUsdPerUnit ?? 0) * vars.Shortfall.Sum(Value);
        }
        return new CostBreakdown(purchasesKnown ? purchases : null, investment, carrying, recyclingKnown ? recycling : null, shortfall, risk);
    }

    private static double Value(Google.OrTools.LinearSolver.Variable? v) => v is null ? 0 : Clean(v.SolutionValue());

    /// <summary>Solver noise (−1e-12, 0.999999999) is rounded away so reports do not show it.</summary>
    private static double Clean(double value)
    {
        if (Math.Abs(value) < 1e-7)
        {
            return 0;
        }
        var rounded = Math.Round(value);
        return Math.Abs(value - rounded) < 1e-7 ? rounded : value;
    }
}
