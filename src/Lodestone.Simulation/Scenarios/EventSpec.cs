using Lodestone.Domain.Model;

namespace Lodestone.Simulation.Scenarios;

/// <summary>An export restriction as a scenario states it.</summary>
/// <param name="Controls">Dataset export-control ids the event models (each must exist).</param>
/// <param name="Targets">Targeted importers; empty = all destinations.</param>
/// <param name="To">Last month in force (inclusive); null = to the end of the horizon.</param>
/// <param name="Suspensions">Windows (inclusive months) in which the measure does not apply.</param>
public sealed record EventSpec(
    string Id,
    Iso3 Country,
    IReadOnlyList<string> Commodities,
    Stage Stage,
    PartialDate From,
    PartialDate? To,
    IReadOnlyList<Iso3> Targets,
    ParameterSpec Severity,
    ParameterSpec ApprovalRate,
    IReadOnlyList<(PartialDate From, PartialDate To)> Suspensions,
    IReadOnlyList<string> Controls,
    long Line);
