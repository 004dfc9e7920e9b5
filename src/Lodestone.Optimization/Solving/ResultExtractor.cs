using Lodestone.Optimization.Model;

namespace Lodestone.Optimization.Solving;

/// <summary>Reads a solved <see cref="PlanModel"/> back into plan records.</summary>
internal static class ResultExtractor
{
    public static IReadOnlyList<MarketPlan> Markets(PlanModel model)
    {
        var problem = model.Problem;
        var plans = new List<MarketPlan>();
        for (var mi = 0; mi < model.Markets.Count; mi++)
        {
            var vars = model.Markets[mi];
            var m = vars.Market;
            var quarters = new List<QuarterPlan>();
            for (var t = 0; t < problem.QuarterCount; t++)
            {
                var q = problem.QuarterAt(t);
                var origins = new List<OriginVolume>();
                // Shares on the market's cap basis: domestic volume is left out on an imports basis.
                double sourced = 0, concern = 0, effective = 0;
                for (var oi = 0; oi < m.Origins.Count; oi++)
                {
                    var o = m.Origins[oi];
                    var volume = new OriginVolume(o.Code, o.Name, Clean(vars.Baseline[oi][t].SolutionValue()), Clean(vars.Offtake[oi][t].SolutionValue()));
                    if (m.Counts(o.Code))
                    {
                        sourced += volume.Total;
                        concern += o.Code == m.Concern ? volume.Total : 0;
                        effective += o.ConcernContent * volume.Total;
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
                        sourced += output;
                        effective += m.Projects[pi].ConcernContent * output;
                    }
                    if (output > 0)
                    {
                        projects[m.Projects[pi].Id] = output;
                    }
                }
                var recycling = Value(vars.Recycling[t]);
                sourced += m.CountsRecycling ? recycling : 0;
                quarters.Add(new QuarterPlan(
                    q, m.Demand[t], origins, projects, recycling,
                    Value(vars.Build[t]), Value(vars.Release[t]), Value(vars.Level[t]), Value(vars.Shortfall[t]),
                    sourced > 0 ? concern / sourced : null,
                    sourced > 0 ? effective / sourced : null,
                    vars.CapRows[t] is not null));
            }
            var decisions = new List<ProjectDecision>();
            for (var pi = 0; pi < m.Projects.Count; pi++)
            {
                var p = m.Projects[pi];
                var invested = Clean(vars.Invest[pi].SolutionValue());
                var first = quarters.FirstOrDefault(qp => qp.ProjectOutput.ContainsKey(p.Id))?.Quarter;
                decisions.Add(new ProjectDecision(p.Id, p.Name, p.Country, invested, invested * p.InvestmentUsd, p.EarliestStart, first));
            }
            plans.Add(new MarketPlan(m.Commodity, m.Stage, m.Unit, m.Concern, m.Cap, m.Basis, quarters, decisions));
        }
        return plans;
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
            carrying += (m.Stockpile?.CarryingUsdPerUnitQuarter ?? 0) * vars.Level.Sum(Value);
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
