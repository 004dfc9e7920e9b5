using Lodestone.Optimization.Building;
using Lodestone.Optimization.Frontier;
using Lodestone.Optimization.Solving;

namespace Lodestone.Cli.Commands.Plan;

/// <summary>The JSON contract of <c>lodestone plan --format json</c>, mapped by hand from the planner's records.</summary>
internal static class PlanJson
{
    public static object From(BuiltPlan built, PlanResult result, IReadOnlyList<FrontierPoint>? frontier, string? png, string? robustnessSkipped = null) => new
    {
        status = result.Status,
        solver = result.Solver,
        importer = built.Problem.Importer,
        start = result.Start.ToString(),
        quarters = result.QuarterCount,
        budget_usd = built.Problem.BudgetUsd,
        summary = result.Summary,
        cost = result.Cost is { } c ? new { purchases_usd = c.Purchases, investment_usd = c.Investment, stock_carrying_usd = c.StockCarrying, recycling_usd = c.Recycling, shortfall_penalty_usd = c.ShortfallPenalty, risk_term_usd = c.RiskTerm, total_usd = c.Total } : null,
        objective_usd = result.ObjectiveUsd,
        markets = result.Markets.Select(m => new
        {
            commodity = m.Commodity,
            stage = m.Stage,
            unit = m.Unit,
            supplier = m.Concern.Code,
            cap = m.Cap,
            cap_basis = m.Basis,
            quarters = m.Quarters.Select(q => new
            {
                quarter = q.Quarter.ToString(),
                demand = q.Demand,
                origins = q.Origins.Select(o => new { origin = o.Origin.Code, name = o.Name, existing = o.Baseline, new_offtake = o.Offtake }),
                projects = q.ProjectOutput,
                recycling = q.Recycling,
                stock_build = q.StockBuild,
                stock_release = q.StockRelease,
                stock_level = q.StockLevel,
                stock_concern_units = q.StockConcernUnits,
                stock_lots = q.Lots.Select(l => new { lot = l.Lot, kind = l.Kind, country = l.Country?.Code, project = l.ProjectId, concern_content = l.ConcernContent, build = l.Build, release = l.Release, level = l.Level }),
                shortfall = q.Shortfall,
                direct_share = q.DirectShare,
                effective_share = q.EffectiveShare,
                cap_applies = q.CapApplies,
            }),
            projects = m.Projects.Select(p => new { id = p.Id, name = p.Name, country = p.Country.Code, invested = p.Invested, investment_usd = p.InvestmentUsd, earliest_start = p.EarliestStart.ToString(), first_output = p.FirstOutput?.ToString() }),
        }),
        binding = result.Binding.Select(b => new { kind = b.Kind, market = b.Market, quarter = b.Quarter?.ToString(), shadow_price_usd = b.ShadowPrice, per = b.Unit, explanation = b.Explanation }),
        infeasibility = result.Infeasibility is { } inf ? new
        {
            explanation = inf.Explanation,
            conflicting_set = inf.ConflictingSet.Select(x => new { kind = x.Kind, description = x.Description, relaxable = x.Relaxable }),
            violations = inf.Violations.Select(v => new { market = v.Market, quarter = v.Quarter.ToString(), excess = v.ExcessUnits, unit = v.Unit }),
            earliest_achievable = inf.Achievability.Select(a => new { market = a.Market, cap = a.Cap, requested = a.Requested.ToString(), earliest = a.EarliestAchievable?.ToString(), explanation = a.Explanation }),
        } : null,
        robustness = result.Robustness,
        robustness_skipped = robustnessSkipped,
        frontier = frontier?.Select(p => new { cap = p.Cap, cost_usd = p.CostUsd, feasible = p.Feasible }),
        frontier_png = png,
        notes = result.Notes,
        sources = built.Citations,
    };
}
