using Lodestone.Domain.Model;

namespace Lodestone.Domain.Exposure;

/// <summary>Traces the supply of a sink node upstream: per-node shares, any-stage share of a country, and the top paths.</summary>
/// <remarks>
/// Proportional attribution: the sink's demand d = e_sink is pushed upstream by w = d + A·w, so wᵢ is the share of the
/// sink's supply that passed through node i. For a network whose non-origin nodes have input shares summing to 1,
/// the shares of the nodes at one stage of a layered chain sum to 1, and so do the origins'.
/// </remarks>
public static class ExposureTracer
{
    /// <summary>Upper bound on enumerated paths; larger networks report paths as not enumerated.</summary>
    public const int MaxPaths = 200_000;

    /// <summary>Attributes <paramref name="sink"/>'s supply to every node by solving w = e_sink + A·w with <paramref name="solver"/>.</summary>
    /// <exception cref="ArgumentException">The sink is not a node of the network.</exception>
    /// <exception cref="UpstreamSolveException">The solver finds no solution.</exception>
    public static ExposureTrace Trace(SupplyNetwork network, SupplyNode sink, IUpstreamSolver solver)
    {
        var s = network.IndexOf(sink);
        if (s < 0)
        {
            throw new ArgumentException($"{sink} is not in the network", nameof(sink));
        }
        var demand = new double[network.Count];
        demand[s] = 1;
        var solution = solver.Solve(network.ToSystem(), demand);
        return new ExposureTrace(network, s, solution, solution.Method);
    }

    /// <summary>Share of the sink's supply that passed through <paramref name="country"/> at any stage (the sink itself excluded).</summary>
    /// <remarks>1 − (share reaching origins along paths that avoid the country): solved on the network with the country's nodes removed.</remarks>
    public static double AnyStageShare(ExposureTrace trace, Iso3 country, IUpstreamSolver solver)
    {
        var network = trace.Network;
        bool Keep(int i) => i == trace.Sink || network.Nodes[i].Country != country;
        var demand = new double[network.Count];
        demand[trace.Sink] = 1;
        var avoiding = solver.Solve(network.ToSystem(Keep), demand).Weights;
        var origins = Enumerable.Range(0, network.Count).Where(i => network.IsOrigin(i)).ToList();
        var total = origins.Sum(i => trace.Solution.Weights[i]);
        var clean = origins.Where(Keep).Sum(i => avoiding[i]);
        return total <= 0 ? 0 : Math.Clamp((total - clean) / total, 0, 1);
    }

    /// <summary>Every origin-to-sink path by share, largest first (null when the network has more than <see cref="MaxPaths"/> paths).</summary>
    public static IReadOnlyList<ExposurePath>? Paths(SupplyNetwork network, SupplyNode sink)
    {
        var s = network.IndexOf(sink);
        if (s < 0)
        {
            return [];
        }
        var result = new List<ExposurePath>();
        var stack = new List<int> { s };
        var onPath = new HashSet<int> { s };
        return Walk(network, s, 1.0, stack, onPath, result) ? result.OrderByDescending(p => p.Share).ToList() : null;
    }

    private static bool Walk(SupplyNetwork network, int node, double share, List<int> stack, HashSet<int> onPath, List<ExposurePath> result)
    {
        if (network.IsOrigin(node))
        {
            if (result.Count >= MaxPaths)
            {
                return false;
            }
            result.Add(new ExposurePath(stack.AsEnumerable().Reverse().Select(i => network.Nodes[i]).ToList(), share));
            return true;
        }
        foreach (var input in network.Inputs[node])
        {
            if (input.Share <= 0 || !onPath.Add(input.From))
            {
                continue; // a cycle: its mass is in the solved shares, not in the path list
            }
            stack.Add(input.From);
            var ok = Walk(network, input.From, share * input.Share, stack, onPath, result);
            stack.RemoveAt(stack.Count - 1);
            onPath.Remove(input.From);
            if (!ok)
            {
                return false;
            }
        }
        return true;
    }
}
