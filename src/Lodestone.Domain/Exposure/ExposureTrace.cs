using Lodestone.Domain.Model;

namespace Lodestone.Domain.Exposure;

/// <summary>The upstream attribution of one sink node: the share of its supply that passes through every node.</summary>
public sealed class ExposureTrace
{
    internal ExposureTrace(SupplyNetwork network, int sink, UpstreamSolution solution, string solver)
    {
        Network = network;
        Sink = sink;
        Solution = solution;
        Solver = solver;
    }

    /// <summary>The network that was traced; node indices below refer to it.</summary>
    public SupplyNetwork Network { get; }
    /// <summary>Index in <see cref="Network"/> of the node whose supply is attributed upstream.</summary>
    public int Sink { get; }
    /// <summary>Per node index, the share of the sink's supply that passed through that node (0–1).</summary>
    public UpstreamSolution Solution { get; }
    /// <summary>The solver's description, as reports show it ("iterative (Jacobi, tol 1e-13)").</summary>
    public string Solver { get; }

    /// <summary>Share of the sink's supply that passed through <paramref name="node"/> (0 when the node is not in the network).</summary>
    public double Through(SupplyNode node)
    {
        var i = Network.IndexOf(node);
        return i < 0 ? 0 : Solution.Weights[i];
    }

    /// <summary>Share of the sink's supply that passed through <paramref name="country"/> at <paramref name="stage"/>.</summary>
    public double ShareAt(Iso3 country, Stage stage) => Through(new SupplyNode(country, stage));

    /// <summary>Shares of every country at a stage.</summary>
    public IReadOnlyDictionary<Iso3, double> SharesAt(Stage stage)
    {
        var result = new Dictionary<Iso3, double>();
        for (var i = 0; i < Network.Count; i++)
        {
            if (Network.Nodes[i].Stage == stage)
            {
                result[Network.Nodes[i].Country] = result.GetValueOrDefault(Network.Nodes[i].Country) + Solution.Weights[i];
            }
        }
        return result;
    }

    /// <summary>Whether the traced chain has any node at <paramref name="stage"/>.</summary>
    public bool Covers(Stage stage) => Network.Nodes.Any(n => n.Stage == stage);
}
