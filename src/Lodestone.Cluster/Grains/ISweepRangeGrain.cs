namespace Lodestone.Cluster.Grains;

/// <summary>Runs one range of a sweep cell's Monte Carlo blocks and answers with the encoded <c>MonteCarloPartial</c>.</summary>
/// <remarks>Keyed by sweep, work item and attempt, so a range lost with its silo is sent again as a new grain, placed afresh.</remarks>
[Alias("Lodestone.ISweepRangeGrain")]
internal interface ISweepRangeGrain : IGrainWithStringKey
{
    [Alias("Run")]
    Task<byte[]> Run(RangeRequest request);
}
