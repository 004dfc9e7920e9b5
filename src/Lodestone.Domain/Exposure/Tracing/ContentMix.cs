namespace Lodestone.Domain.Exposure.Tracing;

/// <summary>
/// Bounds on the supplier content of imports whose exporters' tonnages are themselves ranges: the share is
/// Σ cₑ·xₑ / Σ cₑ with each exporter's content cₑ anywhere in [lowₑ, highₑ] (product forms with content ranges) and
/// its supplier share xₑ within its traced bounds.
/// </summary>
/// <remarks>
/// A ratio of linear functions over a box is extreme at a corner with a threshold: the low end gives the exporters with
/// the smallest shares their most content and the others their least; the high end the reverse. Trying every
/// threshold over the exporters sorted by share finds it.
/// </remarks>
internal static class ContentMix
{
    /// <summary>The bounds of the mix; <paramref name="exporters"/> index <paramref name="values"/>.</summary>
    public static ShareBounds Bounds(int[] exporters, double[] contentLow, double[] contentHigh, ShareBounds[] values)
    {
        var low = Extreme(exporters, contentLow, contentHigh, i => values[exporters[i]].Low, lowest: true);
        var high = Extreme(exporters, contentLow, contentHigh, i => values[exporters[i]].High, lowest: false);
        return new ShareBounds(Math.Min(low, 1), Math.Min(Math.Max(high, low), 1));
    }

    private static double Extreme(
        int[] exporters, double[] contentLow, double[] contentHigh, Func<int, double> share, bool lowest)
    {
        var order = Enumerable.Range(0, exporters.Length).OrderBy(i => lowest ? share(i) : -share(i)).ToArray();
        double best = lowest ? double.PositiveInfinity : double.NegativeInfinity;
        for (var threshold = 0; threshold <= order.Length; threshold++)
        {
            double weighted = 0, total = 0;
            for (var k = 0; k < order.Length; k++)
            {
                var i = order[k];
                var content = k < threshold ? contentHigh[i] : contentLow[i];
                weighted += content * share(i);
                total += content;
            }
            if (total > 0)
            {
                var ratio = weighted / total;
                best = lowest ? Math.Min(best, ratio) : Math.Max(best, ratio);
            }
        }
        // No exporter with any content at either end: nothing is known of the mix.
        return double.IsInfinity(best) ? (lowest ? 0 : 1) : best;
    }
}
