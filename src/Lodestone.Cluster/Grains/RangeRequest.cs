namespace Lodestone.Cluster.Grains;

/// <summary>One work item of a sweep as it travels to a silo: the cell's scenario, its Monte Carlo (or, with <see
/// cref="PlanJson"/>,
/// the plan it replays) and the range of blocks.</summary>
[GenerateSerializer, Immutable, Alias("Lodestone.RangeRequest")]
internal sealed class RangeRequest
{
    /// <summary>Shipped scenario name, or the path as the sweep file wrote it.</summary>
    [Id(0)] public required string Scenario { get; init; }

    /// <summary>The scenario file's text; null for a shipped scenario.</summary>
    [Id(1)] public string? ScenarioYaml { get; init; }

    [Id(2)] public string? Commodity { get; init; }

    [Id(3)] public int? Horizon { get; init; }

    [Id(4)] public required int Runs { get; init; }

    [Id(5)] public required ulong Seed { get; init; }

    [Id(6)] public required int FirstBlock { get; init; }

    [Id(7)] public required int BlockCount { get; init; }

    /// <summary>The model fingerprint the sender compiled (<c>SweepModels.Fingerprint</c>); a silo that compiles
    /// another refuses.</summary>
    [Id(8)] public required string Fingerprint { get; init; }

    /// <summary>For a plan cell: the solved plan (<c>ReplayPlan.ToJson</c>) replayed under the scenario; null for a
    /// Monte Carlo cell.</summary>
    [Id(9)] public string? PlanJson { get; init; }
}
