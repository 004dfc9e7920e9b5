using Lodestone.Domain.Model;

namespace Lodestone.Simulation.Scenarios;

/// <summary>A dataset project a scenario ramps into one market.</summary>
/// <param name="Id">Project id in data/projects.csv.</param>
/// <param name="Capacity">Capacity per year in the project's unit; default uniform(capacity_min, capacity_max) from the dataset.</param>
/// <param name="ToDemandUnits">Factor converting the project's unit into the market's demand unit.</param>
/// <param name="Start">Expected start; default the dataset's expected_start.</param>
public sealed record ProjectSpec(
    string Id,
    string Commodity,
    Stage Stage,
    ParameterSpec? Capacity,
    ParameterSpec ToDemandUnits,
    ParameterSpec Offtake,
    ParameterSpec? DelayMonths,
    ParameterSpec? RampMonths,
    string? Curve,
    PartialDate? Start,
    long Line);
