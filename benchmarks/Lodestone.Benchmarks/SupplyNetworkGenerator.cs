using Lodestone.Domain.Exposure;

namespace Lodestone.Benchmarks;

/// <summary>Seeded generator of firm-level supply networks for the upstream-solve benchmark.</summary>
/// <remarks>
/// <c>nodes</c> nodes in <c>tiers</c> equal tiers (tier 0 = origins: mines). Every node of a higher
/// tier buys from random nodes of the tier below and, for a random share ρ ∈ [0, 0.1), from one random node of its own
/// tier (re-exports and trading houses: cycles, so the solve is genuinely iterative). Input shares of a node sum to 1.
/// Edges are spread so that the total is exactly <c>edges</c>. Deterministic for a given seed.
/// </remarks>
public static class SupplyNetworkGenerator
{
    public static (UpstreamSystem System, double[] Demand, int TierSize) Generate(int nodes, long edges, int tiers = 8, int seed = 20261123)
    {
        var tierSize = nodes / tiers;
        if (tierSize * tiers != nodes)
        {
            throw new ArgumentException("nodes must be a multiple of tiers", nameof(nodes));
        }
        var buyers = nodes - tierSize;
        var perBuyer = (int)(edges / buyers);
        var extra = (int)(edges - (long)perBuyer * buyers);
        var random = new Random(seed);
        var from = new int[edges];
        var to = new int[edges];
        var share = new double[edges];
        var counts = new int[nodes + 1];
        long e = 0;
        var weights = new double[perBuyer + 1];
        for (var j = tierSize; j < nodes; j++)
        {
            var tier = j / tierSize;
            var k = perBuyer + (j - tierSize < extra ? 1 : 0);
            var own = 0.1 * random.NextDouble();
            var sum = 0.0;
            for (var m = 0; m < k - 1; m++)
            {
                weights[m] = random.NextDouble() + 1e-3;
                sum += weights[m];
            }
            for (var m = 0; m < k - 1; m++)
            {
                from[e] = (tier - 1) * tierSize + random.Next(tierSize);
                to[e] = j;
                share[e] = (1 - own) * weights[m] / sum;
                counts[from[e] + 1]++;
                e++;
            }
            var peer = tier * tierSize + random.Next(tierSize - 1);
            from[e] = peer >= j ? peer + 1 : peer;
            to[e] = j;
            share[e] = own;
            counts[from[e] + 1]++;
            e++;
        }
        for (var i = 0; i < nodes; i++)
        {
            counts[i + 1] += counts[i];
        }
        var column = new int[edges];
        var weight = new double[edges];
        var next = (int[])counts.Clone();
        for (long i = 0; i < edges; i++)
        {
            var k = next[from[i]]++;
            column[k] = to[i];
            weight[k] = share[i];
        }
        var demand = new double[nodes];
        for (var j = nodes - tierSize; j < nodes; j++)
        {
            demand[j] = 1.0 / tierSize;
        }
        return (new UpstreamSystem(nodes, counts, column, weight), demand, tierSize);
    }
}
