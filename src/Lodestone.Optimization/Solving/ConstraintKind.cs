namespace Lodestone.Optimization.Solving;

/// <summary>Families of constraints, as reported among binding constraints and conflicting sets.</summary>
public enum ConstraintKind
{
    /// <summary>The supplier's share of a quarter's supply (or imports) at most the cap.</summary>
    Cap,
    /// <summary>A quarter's demand met (hard unless the plan prices shortfall).</summary>
    Demand,
    /// <summary>An origin's existing flow, spare capacity for offtake, a project's capacity or recycling capacity.</summary>
    Capacity,
    /// <summary>Total project investment at most the budget.</summary>
    Budget,
    /// <summary>Origins other than the importer and the supplier limited to agreement partners and the plan's partner groups.</summary>
    PartnersOnly,
    /// <summary>Capacity an export control in force removes from an origin.</summary>
    ExportControl,
    /// <summary>A project cannot deliver before its expected start plus the plan's lead time.</summary>
    LeadTime,
    /// <summary>The stock's size limit and its per-lot balance (a lot releases only what its origin delivered).</summary>
    Stockpile,
}
