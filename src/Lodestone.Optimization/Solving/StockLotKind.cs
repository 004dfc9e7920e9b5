namespace Lodestone.Optimization.Solving;

/// <summary>Where a stock lot's material came from.</summary>
public enum StockLotKind
{
    /// <summary>The stock held when the plan starts (origin as the plan states, else counted as the supplier's).</summary>
    Opening,

    /// <summary>Bought from one origin (existing flows or new offtake).</summary>
    Origin,

    /// <summary>Output of one backed project.</summary>
    Project,
}
