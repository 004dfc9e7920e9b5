namespace Lodestone.Domain.Exposure;

/// <summary>An immutable supply network: nodes and, per node, the shares of its input supplied by other nodes.</summary>
/// <remarks>
/// Proportional attribution: a node's output carries its input mix. A node without inputs is an origin (a mine, or a
/// stage whose upstream is not traced). The shares of one node's inputs are expected to sum to 1 (the builders
/// normalise and report it); they must never exceed 1 + 1e-9.
/// </remarks>
public sealed class SupplyNetwork
{
    private readonly Dictionary<SupplyNode, int> _index;

    internal SupplyNetwork(IReadOnlyList<SupplyNode> nodes, IReadOnlyList<IReadOnlyList<SupplyInput>> inputs)
    {
        Nodes = nodes;
        Inputs = inputs;
        _index = new Dictionary<SupplyNode, int>(nodes.Count);
        for (var i = 0; i < nodes.Count; i++)
        {
            _index.Add(nodes[i], i);
        }
    }

    /// <summary>The nodes; a node's index here is its index in <see cref="Inputs"/>, the system and every solution.</summary>
    public IReadOnlyList<SupplyNode> Nodes { get; }

    /// <summary>Inputs of each node, by node index.</summary>
    public IReadOnlyList<IReadOnlyList<SupplyInput>> Inputs { get; }

    /// <summary>Number of nodes.</summary>
    public int Count => Nodes.Count;

    /// <summary>Number of input links over all nodes.</summary>
    public int EdgeCount => Inputs.Sum(i => i.Count);

    /// <summary>The node's index, or −1 when the network does not contain it.</summary>
    public int IndexOf(SupplyNode node) => _index.TryGetValue(node, out var i) ? i : -1;

    /// <summary>Whether the network contains <paramref name="node"/>.</summary>
    public bool Contains(SupplyNode node) => _index.ContainsKey(node);

    /// <summary>Whether the node at index <paramref name="node"/> has no inputs: a mine, or a stage traced no further.</summary>
    public bool IsOrigin(int node) => Inputs[node].Count == 0;

    /// <summary>The linear system w = d + A·w of this network (A[i, j] = share of node j's input supplied by node i).</summary>
    public UpstreamSystem ToSystem(Func<int, bool>? keepNode = null) => UpstreamSystem.FromInputs(Count, Inputs, keepNode);
}
