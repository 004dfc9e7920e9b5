using Lodestone.Domain.Model;

namespace Lodestone.Simulation.Engine;

/// <summary>Everything one simulation needs, compiled from a scenario and a dataset; immutable and shared by all runs.</summary>
/// <param name="StartMonth">First simulated month (day 1).</param>
/// <param name="Horizon">Number of monthly steps.</param>
/// <param name="Importer">The importing country whose supply is simulated.</param>
/// <param name="Concern">The supplier of concern whose share is tracked.</param>
/// <param name="Parameters">Every parameter; markets, events and projects refer to them by index.</param>
public sealed record SimulationModel(
    string Scenario,
    DateOnly StartMonth,
    int Horizon,
    Iso3 Importer,
    Iso3 Concern,
    IReadOnlyList<MarketModel> Markets,
    IReadOnlyList<Parameter> Parameters,
    IReadOnlyList<Predicate> Predicates)
{
    /// <summary>The calendar month of a 1-based simulated month.</summary>
    public DateOnly MonthDate(int month) => StartMonth.AddMonths(month - 1);

    /// <summary>The 1-based simulated month of a calendar month (may fall outside 1..Horizon).</summary>
    public int MonthIndex(DateOnly date) => (date.Year - StartMonth.Year) * 12 + date.Month - StartMonth.Month + 1;
}
