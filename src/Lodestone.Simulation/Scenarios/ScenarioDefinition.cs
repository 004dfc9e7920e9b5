using Lodestone.Domain.Model;

namespace Lodestone.Simulation.Scenarios;

/// <summary>A scenario file after parsing (and after merging the scenario it extends).</summary>
/// <param name="File">Path it was read from.</param>
/// <param name="Start">First simulated month.</param>
/// <param name="Defaults">Parameters for every market unless a market overrides them.</param>
public sealed record ScenarioDefinition(
    string Name,
    string Description,
    string File,
    PartialDate Start,
    int Horizon,
    Iso3 Importer,
    Iso3 Concern,
    string RampCurve,
    IReadOnlyDictionary<string, ParameterSpec> Defaults,
    IReadOnlyList<MarketSpec> Markets,
    IReadOnlyList<EventSpec> Events,
    IReadOnlyList<ProjectSpec> Projects,
    IReadOnlyList<PredicateSpec> Predicates);
