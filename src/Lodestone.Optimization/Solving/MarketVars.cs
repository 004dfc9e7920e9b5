using Google.OrTools.LinearSolver;
using Lodestone.Optimization.Model;

namespace Lodestone.Optimization.Solving;

/// <summary>Handles on one market's variables and rows inside a <see cref="PlanModel"/>.</summary>
internal sealed class MarketVars(PlanMarket market, int quarters)
{
    public PlanMarket Market { get; } = market;

    /// <summary>[origin][quarter] existing flows.</summary>
    public List<Variable[]> Baseline { get; } = [];

    /// <summary>[origin][quarter] new offtake.</summary>
    public List<Variable[]> Offtake { get; } = [];

    /// <summary>[project] invest (0–1).</summary>
    public List<Variable> Invest { get; } = [];

    /// <summary>[project][quarter] output.</summary>
    public List<Variable[]> ProjectOutput { get; } = [];

    public Variable?[] Recycling { get; } = new Variable?[quarters];

    /// <summary>Stock lots (empty without a stockpile): one per origin and project, and the opening stock.</summary>
    public List<StockLotVars> Lots { get; } = [];
    public Variable?[] Shortfall { get; } = new Variable?[quarters];
    public Variable?[] CapSlack { get; } = new Variable?[quarters];
    public Constraint?[] CapRows { get; } = new Constraint?[quarters];
    public Constraint[] DemandRows { get; } = new Constraint[quarters];
}
