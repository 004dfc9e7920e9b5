using System.Globalization;
using Google.OrTools.LinearSolver;
using Lodestone.Domain.Model;
using Lodestone.Optimization.Model;

namespace Lodestone.Optimization.Solving;

/// <summary>The OR-Tools model of one <see cref="PlanProblem"/> under one <see cref="Relaxation"/>, with handles on every variable and row.</summary>
/// <remarks>
/// Variables per market m, origin o, project p, quarter t: baseline x[o,t], offtake z[o,t], project output
/// v[p,t], invest y[p], recycling r[t], shortfall u[t]; elastic slack
/// e[t] only in phase 1; with a stockpile, per lot k (one per origin, project and the opening stock) build b[k,t], release
/// d[k,t], level s[k,t]. Rows: demand balance (=), cap (≤ 0) on what is consumed (purchases not stocked, releases with
/// their lot's content), project output ≤ ramp·capacity·y, lot balances (=), lot intake ≤ its origin's delivery, storage,
/// budget (≤). See docs/architecture/planner.md for the algebra.
/// </remarks>
internal sealed class PlanModel : IDisposable
{
    private PlanModel(Solver solver, PlanProblem problem, Relaxation relaxation, bool integer)
    {
        Solver = solver;
        Problem = problem;
        Relaxation = relaxation;
        IsInteger = integer;
    }

    public Solver Solver { get; }
    public PlanProblem Problem { get; }
    public Relaxation Relaxation { get; }
    public bool IsInteger { get; }

    public List<MarketVars> Markets { get; } = [];
    public Constraint? Budget { get; private set; }

    /// <summary>Builds the model. <paramref name="fixedInvestments"/> pins every y to a value (used to price an integer plan's constraints with an LP).</summary>
    public static PlanModel Build(PlanProblem problem, Relaxation relaxation, IReadOnlyDictionary<string, double>? fixedInvestments = null)
    {
        var integer = problem.IntegerProjects && fixedInvestments is null && problem.Markets.Any(m => m.Projects.Count > 0);
        var solver = Solver.CreateSolver(integer ? "SCIP" : "GLOP")
            ?? throw new InvalidOperationException("the OR-Tools " + (integer ? "SCIP" : "GLOP") + " solver is not available in this build");
        var model = new PlanModel(solver, problem, relaxation, integer);
        var objective = solver.Objective();
        var budget = problem.BudgetUsd is { } b && !relaxation.DropBudget ? solver.MakeConstraint(double.NegativeInfinity, b, "budget") : null;
        model.Budget = budget;
        for (var mi = 0; mi < problem.Markets.Count; mi++)
        {
            model.Markets.Add(model.BuildMarket(mi, problem.Markets[mi], objective, budget, fixedInvestments));
        }
        objective.SetMinimization();
        return model;
    }

    private MarketVars BuildMarket(int mi, PlanMarket m, Objective objective, Constraint? budget,
        IReadOnlyDictionary<string, double>? fixedInvestments)
    {
        var vars = new MarketVars(m, Problem.QuarterCount);
        AddOrigins(mi, m, vars, objective);
        AddProjects(mi, m, vars, objective, budget, fixedInvestments);
        if (m.Stockpile is { } stock)
        {
            AddLots(mi, m, vars, stock, objective);
        }
        for (var t = 0; t < Problem.QuarterCount; t++)
        {
            AddDemandRow(mi, m, vars, t, objective);
            if (Relaxation.CapApplies(mi, m, Problem.QuarterAt(t)))
            {
                AddCapRow(mi, m, vars, t, objective);
            }
        }
        return vars;
    }

    /// <summary>A cost in the objective, or 0 in phase 1 (elastic caps), where only the caps' slack is minimised.</summary>
    private double Cost(double value) => Relaxation.ElasticCaps ? 0 : value;

    /// <summary>Per origin and quarter: baseline purchases x and new offtake z, bounded by what the origin can ship
    /// under the active restrictions, at price plus risk (and the offtake premium for z).</summary>
    private void AddOrigins(int mi, PlanMarket m, MarketVars vars, Objective objective)
    {
        var T = Problem.QuarterCount;
        for (var oi = 0; oi < m.Origins.Count; oi++)
        {
            var o = m.Origins[oi];
            var risk = Problem.RiskWeightUsdPerUnit * o.RiskPerUnit;
            var x = new Variable[T];
            var z = new Variable[T];
            for (var t = 0; t < T; t++)
            {
                var q = Problem.QuarterAt(t);
                x[t] = Solver.MakeNumVar(0, o.BaselineIn(t, q, Relaxation.IsActive), Name("x", mi, o.Code.Code, t));
                z[t] = Solver.MakeNumVar(0, o.OfftakeIn(t, q, Relaxation.IsActive), Name("z", mi, o.Code.Code, t));
                objective.SetCoefficient(x[t], Cost((o.PriceUsdPerUnit ?? 0) + risk));
                objective.SetCoefficient(z[t], Cost((o.PriceUsdPerUnit ?? 0) + o.OfftakePremiumUsdPerUnit + risk));
            }
            vars.Baseline.Add(x);
            vars.Offtake.Add(z);
        }
    }

    /// <summary>Per project: the investment y (0–1, or 0/1 with integer projects; required projects 1, pinned ones at
    /// their fixed value) and the output v of each quarter, held under y × capacity × the ramp of that quarter.</summary>
    private void AddProjects(int mi, PlanMarket m, MarketVars vars, Objective objective, Constraint? budget,
        IReadOnlyDictionary<string, double>? fixedInvestments)
    {
        var T = Problem.QuarterCount;
        for (var pi = 0; pi < m.Projects.Count; pi++)
        {
            var p = m.Projects[pi];
            var blocked = p.OutsidePartners && !Relaxation.DropPartnersOnly;
            var lower = p.Required ? 1.0 : 0.0;
            var upper = blocked ? 0.0 : 1.0;
            if (fixedInvestments is not null)
            {
                var pinned = fixedInvestments.GetValueOrDefault(p.Id);
                lower = upper = pinned;
            }
            var y = IsInteger
                ? Solver.MakeIntVar(lower, Math.Max(lower, upper), Name("y", mi, p.Id, -1))
                : Solver.MakeNumVar(lower, Math.Max(lower, upper), Name("y", mi, p.Id, -1));
            objective.SetCoefficient(y, Cost(p.InvestmentUsd));
            budget?.SetCoefficient(y, p.InvestmentUsd);
            var start = Relaxation.DroppedLeadTimes.Contains(p.Id) ? Problem.Start : p.EarliestStart;
            var relaxed = p with { EarliestStart = start };
            var v = new Variable[T];
            for (var t = 0; t < T; t++)
            {
                v[t] = Solver.MakeNumVar(0, double.PositiveInfinity, Name("v", mi, p.Id, t));
                objective.SetCoefficient(v[t], Cost(p.PriceUsdPerUnit ?? 0));
                var limit = Solver.MakeConstraint(double.NegativeInfinity, 0, Name("ramp", mi, p.Id, t));
                limit.SetCoefficient(v[t], 1);
                limit.SetCoefficient(y, -p.CapacityPerQuarter * relaxed.RampFactor(Problem.QuarterAt(t)));
            }
            vars.Invest.Add(y);
            vars.ProjectOutput.Add(v);
        }
    }

    /// <summary>Quarter <paramref name="t"/>'s demand row: purchases, project output, recycling, stock releases net of
    /// builds and (with a penalty) shortfall meet demand exactly.</summary>
    private void AddDemandRow(int mi, PlanMarket m, MarketVars vars, int t, Objective objective)
    {
        var demand = Solver.MakeConstraint(m.Demand[t], m.Demand[t], Name("demand", mi, "", t));
        vars.DemandRows[t] = demand;
        for (var oi = 0; oi < m.Origins.Count; oi++)
        {
            demand.SetCoefficient(vars.Baseline[oi][t], 1);
            demand.SetCoefficient(vars.Offtake[oi][t], 1);
        }
        for (var pi = 0; pi < m.Projects.Count; pi++)
        {
            demand.SetCoefficient(vars.ProjectOutput[pi][t], 1);
        }
        if (m.Recycling is { } rec)
        {
            var r = Solver.MakeNumVar(0, rec.CapacityPerQuarter, Name("rec", mi, "", t));
            objective.SetCoefficient(r, Cost(rec.CostUsdPerUnit ?? 0));
            demand.SetCoefficient(r, 1);
            vars.Recycling[t] = r;
        }
        foreach (var lot in vars.Lots)
        {
            if (lot.Build[t] is { } build)
            {
                demand.SetCoefficient(build, -1);
            }
            demand.SetCoefficient(lot.Release[t], 1);
        }
        if (m.ShortfallPenaltyUsdPerUnit is { } penalty)
        {
            var u = Solver.MakeNumVar(0, m.Demand[t], Name("short", mi, "", t));
            objective.SetCoefficient(u, Cost(penalty));
            demand.SetCoefficient(u, 1);
            vars.Shortfall[t] = u;
        }
    }

    /// <summary>Quarter <paramref name="t"/>'s cap row on the market's basis: Σ (content − cap) · volume ≤ 0 over what
    /// counts, with a slack variable in phase 1, and one row per other country when every country is capped.</summary>
    private void AddCapRow(int mi, PlanMarket m, MarketVars vars, int t, Objective objective)
    {
        // Σ c·volume − cap·Σ volume ≤ 0 (+ slack in phase 1)
        var cap = m.Cap!.Value;
        var row = Solver.MakeConstraint(double.NegativeInfinity, 0, Name("cap", mi, "", t));
        for (var oi = 0; oi < m.Origins.Count; oi++)
        {
            if (!m.Counts(m.Origins[oi].Code))
            {
                continue;
            }
            var c = m.Origins[oi].ConcernContent - cap;
            row.SetCoefficient(vars.Baseline[oi][t], c);
            row.SetCoefficient(vars.Offtake[oi][t], c);
        }
        for (var pi = 0; pi < m.Projects.Count; pi++)
        {
            if (m.Counts(m.Projects[pi].Country))
            {
                row.SetCoefficient(vars.ProjectOutput[pi][t], m.Projects[pi].ConcernContent - cap);
            }
        }
        foreach (var lot in vars.Lots.Where(l => l.Counts))
        {
            // What a lot takes in is not consumed now; what it releases is, with the content it was bought with.
            if (lot.Build[t] is { } build)
            {
                row.SetCoefficient(build, -(lot.Content - cap));
            }
            row.SetCoefficient(lot.Release[t], lot.Content - cap);
        }
        if (vars.Recycling[t] is { } rv && m.CountsRecycling)
        {
            row.SetCoefficient(rv, -cap);
        }
        if (Relaxation.ElasticCaps)
        {
            var e = Solver.MakeNumVar(0, double.PositiveInfinity, Name("slack", mi, "", t));
            row.SetCoefficient(e, -1);
            objective.SetCoefficient(e, 1);
            vars.CapSlack[t] = e;
        }
        vars.CapRows[t] = row;
        if (m.CapEveryCountry)
        {
            AddCountryCaps(mi, m, vars, t, cap, objective);
        }
    }

    /// <summary>One row per other foreign country: its direct volume (shipments and projects) ≤ cap · total on the basis.</summary>
    private void AddCountryCaps(int mi, PlanMarket m, MarketVars vars, int t, double cap, Objective objective)
    {
        var countries = m.Origins.Select(o => o.Code).Concat(m.Projects.Select(p => p.Country))
            .Where(c => c != m.Concern && c != m.Importer && !c.IsAggregate && m.Counts(c)).Distinct();
        foreach (var country in countries)
        {
            var row = Solver.MakeConstraint(double.NegativeInfinity, 0, Name("capc", mi, country.Code, t));
            for (var oi = 0; oi < m.Origins.Count; oi++)
            {
                if (m.Counts(m.Origins[oi].Code))
                {
                    var c = (m.Origins[oi].Code == country ? 1 : 0) - cap;
                    row.SetCoefficient(vars.Baseline[oi][t], c);
                    row.SetCoefficient(vars.Offtake[oi][t], c);
                }
            }
            for (var pi = 0; pi < m.Projects.Count; pi++)
            {
                if (m.Counts(m.Projects[pi].Country))
                {
                    row.SetCoefficient(vars.ProjectOutput[pi][t], (m.Projects[pi].Country == country ? 1 : 0) - cap);
                }
            }
            // The opening stock's country is not known: it stays out of these rows.
            foreach (var lot in vars.Lots.Where(l => l.Counts && l.Country is not null))
            {
                var c = (lot.Country == country ? 1 : 0) - cap;
                if (lot.Build[t] is { } build)
                {
                    row.SetCoefficient(build, -c);
                }
                row.SetCoefficient(lot.Release[t], c);
            }
            if (vars.Recycling[t] is { } rv && m.CountsRecycling)
            {
                row.SetCoefficient(rv, -cap);
            }
            if (Relaxation.ElasticCaps)
            {
                var e = Solver.MakeNumVar(0, double.PositiveInfinity, Name("slackc", mi, country.Code, t));
                row.SetCoefficient(e, -1);
                objective.SetCoefficient(e, 1);
            }
        }
    }

    /// <summary>Stock lots: the opening stock, and one pool per concern content (per country too under the every-country cap)
    /// holding what its origins and projects deliver; their balances, intake limits and the shared storage limit.</summary>
    /// <remarks>
    /// level_k(t) − level_k(t−1) − build_k(t) + release_k(t) = 0 with level_k(−1) = the opening stock for its lot, else 0;
    /// build_k(t) ≤ Σ over the lot's members of x_o(t) + z_o(t) and v_p(t) (a lot holds only what its sources delivered);
    /// Σ_k level_k(t) ≤ max. Sources of equal content (and country, when that is capped) are interchangeable in every row,
    /// so pooling them is the same as one lot each.
    /// </remarks>
    private void AddLots(int mi, PlanMarket m, MarketVars vars, StockpileOption stock, Objective objective)
    {
        var T = Problem.QuarterCount;
        var carrying = Relaxation.ElasticCaps ? 0 : stock.CarryingUsdPerUnitQuarter;
        if (stock.InitialUnits > 0)
        {
            vars.Lots.Add(new StockLotVars("opening", true, [], null, stock.InitialConcernContent, true, T));
        }
        AddPools(m, vars, T);
        foreach (var lot in vars.Lots)
        {
            for (var t = 0; t < T; t++)
            {
                var level = Solver.MakeNumVar(0, stock.MaxUnits, Name("level", mi, lot.Key, t));
                var release = Solver.MakeNumVar(0, double.PositiveInfinity, Name("release", mi, lot.Key, t));
                objective.SetCoefficient(level, carrying);
                var opening = t == 0 && lot.IsOpening ? stock.InitialUnits : 0;
                var balance = Solver.MakeConstraint(opening, opening, Name("stock", mi, lot.Key, t));
                balance.SetCoefficient(level, 1);
                balance.SetCoefficient(release, 1);
                if (t > 0)
                {
                    balance.SetCoefficient(lot.Level[t - 1], -1);
                }
                if (!lot.IsOpening)
                {
                    var build = Solver.MakeNumVar(0, double.PositiveInfinity, Name("build", mi, lot.Key, t));
                    balance.SetCoefficient(build, -1);
                    var limit = Solver.MakeConstraint(double.NegativeInfinity, 0, Name("lotin", mi, lot.Key, t));
                    limit.SetCoefficient(build, 1);
                    foreach (var (kind, index) in lot.Members)
                    {
                        if (kind == StockLotKind.Origin)
                        {
                            limit.SetCoefficient(vars.Baseline[index][t], -1);
                            limit.SetCoefficient(vars.Offtake[index][t], -1);
                        }
                        else
                        {
                            limit.SetCoefficient(vars.ProjectOutput[index][t], -1);
                        }
                    }
                    lot.Build[t] = build;
                }
                lot.Release[t] = release;
                lot.Level[t] = level;
            }
        }
        for (var t = 0; t < T; t++)
        {
            var storage = Solver.MakeConstraint(double.NegativeInfinity, stock.MaxUnits, Name("storage", mi, "", t));
            foreach (var lot in vars.Lots)
            {
                storage.SetCoefficient(lot.Level[t], 1);
            }
        }
    }

    /// <summary>One lot per pool of the market's delivering origins and its projects: equal concern content and
    /// counting (and country, under the every-country cap).</summary>
    private static void AddPools(PlanMarket m, MarketVars vars, int T)
    {
        var sources = new List<(StockLotKind Kind, int Index, Iso3 Country, double Content, bool Counts)>();
        for (var oi = 0; oi < m.Origins.Count; oi++)
        {
            var o = m.Origins[oi];
            if (o.BaselineCapacity.Any(c => c > 0) || o.OfftakeCapacity.Any(c => c > 0))
            {
                sources.Add((StockLotKind.Origin, oi, o.Code, o.ConcernContent, m.Counts(o.Code)));
            }
        }
        for (var pi = 0; pi < m.Projects.Count; pi++)
        {
            var p = m.Projects[pi];
            sources.Add((StockLotKind.Project, pi, p.Country, p.ConcernContent, m.Counts(p.Country)));
        }
        foreach (var pool in sources.GroupBy(x => (x.Content, x.Counts, Country: m.CapEveryCountry ? x.Country : (Iso3?)null)))
        {
            var key = string.Create(CultureInfo.InvariantCulture,
                $"pool:{pool.Key.Content:0.######}:{(pool.Key.Counts ? "counted" : "out")}:{pool.Key.Country?.Code}");
            vars.Lots.Add(new StockLotVars(key, false, pool.Select(x => (x.Kind, x.Index)).ToList(), pool.Key.Country,
                pool.Key.Content, pool.Key.Counts, T));
        }
    }

    private static string Name(string kind, int market, string key, int t) =>
        string.Create(CultureInfo.InvariantCulture, $"{kind}[{market},{key},{t}]");

    /// <summary>Relative optimality gap at which SCIP stops: plans are optimal to within 0.01 % of cost.</summary>
    public const double MipGap = 1e-4;

    /// <summary>Solves with a wall-clock limit; returns the OR-Tools status.</summary>
    public Solver.ResultStatus Solve(TimeSpan limit)
    {
        Solver.SetTimeLimit((long)limit.TotalMilliseconds);
        using var parameters = new MPSolverParameters();
        if (IsInteger)
        {
            parameters.SetDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, MipGap);
        }
        return Solver.Solve(parameters);
    }

    public void Dispose() => Solver.Dispose();
}
