using CsCheck;
using Lodestone.Domain.Exposure;
using Lodestone.Domain.Model;

namespace Lodestone.Exposure.Tests;

public class DenseLuUpstreamSolverTests
{
    [Fact]
    public void Solve_KitzesLeontiefInverse_MatchesPublishedL()
    {
        // Kitzes (2013) two-sector case: A = Z·diag(x)⁻¹ with Z = [[8,5],[4,2]], x = [16,12] → L = [[2.6667,1.3333],[0.8,1.6]]
        var a = Leontief.TechnicalCoefficients(new double[,] { { 8, 5 }, { 4, 2 } }, [16, 12]);

        var l = Leontief.Inverse(a, new DenseLuUpstreamSolver());

        Assert.Equal(2.6667, l[0, 0], 4);
        Assert.Equal(1.3333, l[0, 1], 4);
        Assert.Equal(0.8, l[1, 0], 4);
        Assert.Equal(1.6, l[1, 1], 4);
    }

    /// <summary>A random layered supply network: each non-origin node spreads its input over nodes of the tier below
    /// (and, with cycles allowed, a little over nodes of its own tier), shares summing to 1.</summary>
    private static readonly Gen<SupplyNetwork> Networks =
        Gen.Select(Gen.Int[2, 5], Gen.Int[1, 6], Gen.Int[0, int.MaxValue], Gen.Bool)
           .Select(t => RandomNetwork(t.Item1, t.Item2, t.Item3, t.Item4));

    private static SupplyNetwork RandomNetwork(int tiers, int width, int seed, bool cycles)
    {
        var random = new Random(seed);
        var stages = new[] { Stage.Mining, Stage.Refining, Stage.Components };
        var builder = new SupplyNetworkBuilder();
        var sink = SupplyNode.Use(new Iso3("USA"));
        // One node per (tier, index): the code "T" + tier letter + index letter keeps tiers apart.
        SupplyNode NodeAt(int tier, int i) => new(new Iso3("T" + (char)('A' + tier) + (char)('A' + i)), stages[Math.Min(tier, 2)]);
        for (var tier = 1; tier < tiers; tier++)
        {
            for (var i = 0; i < width; i++)
            {
                var weights = Enumerable.Range(0, width).Select(_ => random.NextDouble()).ToArray();
                var own = cycles && width > 1 ? 0.2 * random.NextDouble() : 0;
                var sum = weights.Sum();
                for (var j = 0; j < width; j++)
                {
                    builder.Input(NodeAt(tier, i), NodeAt(tier - 1, j), (1 - own) * weights[j] / sum);
                }
                if (own > 0)
                {
                    builder.Input(NodeAt(tier, i), NodeAt(tier, (i + 1) % width), own);
                }
            }
        }
        var top = Enumerable.Range(0, width).Select(_ => random.NextDouble()).ToArray();
        for (var i = 0; i < width; i++)
        {
            builder.Input(sink, NodeAt(tiers - 1, i), top[i] / top.Sum());
        }
        return builder.Build();
    }

    [Fact]
    public void Solve_RandomNetworks_ExactAndIterativeAgree()
    {
        Networks.Sample(network =>
        {
            var sink = network.Nodes.Single(n => n.IsUse);
            var exact = ExposureTracer.Trace(network, sink, new DenseLuUpstreamSolver()).Solution.Weights;
            var iterative = ExposureTracer.Trace(network, sink, new JacobiUpstreamSolver()).Solution.Weights;
            for (var i = 0; i < exact.Length; i++)
            {
                Assert.Equal(exact[i], iterative[i], 9);
            }
        }, iter: 200);
    }

    [Fact]
    public void Trace_RandomNetworks_OriginSharesSumToOneAndExposureNeverExceedsOne()
    {
        Networks.Sample(network =>
        {
            var sink = network.Nodes.Single(n => n.IsUse);
            var solver = new DenseLuUpstreamSolver();
            var trace = ExposureTracer.Trace(network, sink, solver);
            var origins = Enumerable.Range(0, network.Count).Where(network.IsOrigin).Sum(i => trace.Solution.Weights[i]);
            Assert.Equal(1.0, origins, 9);
            foreach (var country in network.Nodes.Select(n => n.Country).Distinct())
            {
                Assert.InRange(ExposureTracer.AnyStageShare(trace, country, solver), 0, 1);
            }
        }, iter: 100);
    }
}
