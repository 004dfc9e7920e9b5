namespace Lodestone.Simulation.Engine;

/// <summary>The values of one simulated month of one market for every run of a block (one array slot per run).</summary>
/// <remarks>Reused from month to month: observers copy what they keep. Quantities are in importer units (1 = base-year monthly demand).</remarks>
public sealed class MonthBuffers
{
    /// <param name="lanes">Runs per block: the length of every array.</param>
    /// <param name="maxOrigins">Most origins of any market: the number of <see cref="OriginSupply"/> arrays.</param>
    public MonthBuffers(int lanes, int maxOrigins)
    {
        Lanes = lanes;
        Demand = new double[lanes];
        Shortfall = new double[lanes];
        SpareSupply = new double[lanes];
        StockRelease = new double[lanes];
        Stock = new double[lanes];
        ConcernToRestOfWorld = new double[lanes];
        OriginSupply = new double[maxOrigins][];
        for (var k = 0; k < maxOrigins; k++)
        {
            OriginSupply[k] = new double[lanes];
        }
        Metrics = new double[Engine.Metrics.All.Count][];
        for (var m = 0; m < Metrics.Length; m++)
        {
            Metrics[m] = new double[lanes];
        }
    }

    /// <summary>Runs per block: the length of every per-run array.</summary>
    public int Lanes { get; }

    /// <summary>Demand after substitution and demand reduction (D_eff).</summary>
    public double[] Demand { get; }

    /// <summary>Unmet demand after every response (U).</summary>
    public double[] Shortfall { get; }

    /// <summary>Other suppliers' spare capacity delivered (E).</summary>
    public double[] SpareSupply { get; }

    /// <summary>Stockpile release (Z).</summary>
    public double[] StockRelease { get; }

    /// <summary>Stockpile left at the end of the month (K).</summary>
    public double[] Stock { get; }

    /// <summary>The supplier of concern's supply to the rest of the world, W·w_X less what its own measures on every destination stop
    /// (docs/simulation.md, equation 8); reported, not fed back into the importer's market.</summary>
    public double[] ConcernToRestOfWorld { get; }

    /// <summary>Supply by origin: trade flows plus projects (and recycling on the domestic origin).</summary>
    public double[][] OriginSupply { get; }

    /// <summary>Indexed by <see cref="Metric"/>.</summary>
    public double[][] Metrics { get; }
}
