namespace Lodestone.Domain.Exposure.Tracing;

/// <summary>
/// Bounds on the supplier content of imports whose exporters' tonnages are themselves ranges: the share is
/// Σ cₑ·xₑ / Σ cₑ with each exporter's content cₑ anywhere in [lowₑ, highₑ] (product forms with content ranges) and
/// its supplier share xₑ within its traced bounds.
/// </summary>
/// <remarks>
/// A ratio of linear functions over a box is extreme at a corner with a threshold: the low end gives the exporters with
/// the smallest shares their most content and the others their least; the high end the reverse. Every threshold over
/// the exporters sorted by share is tried with running sums, so a node costs n log n per sweep, not n².
/// </remarks>
internal static class ContentMix
{
    /// <summary>The bounds of the mix; <paramref name="exporters"/> index <paramref name="values"/>.</summary>
    public static ShareBounds Bounds(int[] exporters, double[] contentLow, double[] contentHigh, ShareBounds[] values)
    {
        var shares = new double[exporters.Length];
        for (var i = 0; i < exporters.Length; i++)
        {
            shares[i] = values[exporters[i]].Low;
        }
        var low = Extreme(shares, contentLow, contentHigh, lowest: true);
        for (var i = 0; i < exporters.Length; i++)
        {
            shares[i] = values[exporters[i]].High;
        }
        var high = Extreme(shares, contentLow, contentHigh, lowest: false);
        return new ShareBounds(Math.Min(low, 1), Math.Min(Math.Max(high, low), 1));
    }

    private static double Extreme(double[] shares, double[] contentLow, double[] contentHigh, bool lowest)
    {
        var n = shares.Length;
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }
        Array.Sort(order, (a, b) => lowest ? shares[a].CompareTo(shares[b]) : shares[b].CompareTo(shares[a]));
        // Start with every exporter at its least content, then move them to their most one by one in share order.
        double weighted = 0, total = 0;
        foreach (var i in order)
        {
            weighted += contentLow[i] * shares[i];
            total += contentLow[i];
        }
        var best = total > 0 ? weighted / total : double.NaN;
        foreach (var i in order)
        {
            weighted += (contentHigh[i] - contentLow[i]) * shares[i];
            total += contentHigh[i] - contentLow[i];
            if (total > 0)
            {
                var ratio = weighted / total;
                best = double.IsNaN(best) ? ratio : lowest ? Math.Min(best, ratio) : Math.Max(best, ratio);
            }
        }
        // No exporter with any content at either end: nothing is known of the mix.
        return double.IsNaN(best) ? (lowest ? 0 : 1) : best;
    }
}
