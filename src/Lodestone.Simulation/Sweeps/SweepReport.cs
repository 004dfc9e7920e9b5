namespace Lodestone.Simulation.Sweeps;

/// <summary>The output contract of <c>lodestone sweep</c>: every cell in file order. Nothing in it depends on where the
/// runs ran, so
/// the JSON of a cluster run is byte-identical to the in-process one.</summary>
public sealed record SweepReport(string Sweep, IReadOnlyList<SweepCellReport> Cells)
{
    /// <summary>Every plan replay, in file order (empty when the sweep names no plans).</summary>
    public IReadOnlyList<SweepPlanCellReport> Plans { get; init; } = [];
}
