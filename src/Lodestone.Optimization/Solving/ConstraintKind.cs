namespace Lodestone.Optimization.Solving;

/// <summary>Families of constraints, as reported among binding constraints and conflicting sets.</summary>
public enum ConstraintKind
{
    Cap,
    Demand,
    Capacity,
    Budget,
    PartnersOnly,
    ExportControl,
    LeadTime,
    Stockpile,
}
