namespace Lodestone.Simulation.Engine;

/// <summary>Which events act on which origin in each month of one market: worked out once per block, outside the lane loop.</summary>
internal sealed class MarketSchedule
{
    private MarketSchedule(int[][][] targeting, int[][] worldwide, int[][] targetedOrigins)
    {
        Targeting = targeting;
        Worldwide = worldwide;
        TargetedOrigins = targetedOrigins;
    }

    /// <summary>[month][origin]: indices of the active events that restrict that origin's exports to the importer.</summary>
    public int[][][] Targeting { get; }

    /// <summary>[month]: indices of the active events that restrict exports to every destination.</summary>
    public int[][] Worldwide { get; }

    /// <summary>[month]: the origins with at least one restricting event, in origin order.</summary>
    public int[][] TargetedOrigins { get; }

    public static MarketSchedule Build(MarketModel market, int horizon)
    {
        var origins = market.Origins.Count;
        var targeting = new int[horizon][][];
        var worldwide = new int[horizon][];
        var targetedOrigins = new int[horizon][];
        for (var t = 0; t < horizon; t++)
        {
            var month = t;
            var active = Enumerable.Range(0, market.Events.Count).Where(e => market.Events[e].Active[month]).ToArray();
            targeting[t] = Enumerable.Range(0, origins)
                .Select(k => active.Where(e => market.Events[e].TargetsImporter && market.Events[e].OriginIndex == k).ToArray())
                .ToArray();
            worldwide[t] = active.Where(e => market.Events[e].TargetsAll).ToArray();
            targetedOrigins[t] = Enumerable.Range(0, origins).Where(k => targeting[month][k].Length > 0).ToArray();
        }
        return new MarketSchedule(targeting, worldwide, targetedOrigins);
    }
}
