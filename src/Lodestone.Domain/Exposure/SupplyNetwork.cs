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

    public IReadOnlyList<SupplyNode> Nodes { get; }

    /// <summary>Inputs of each node, by node index.</summary>
    public IReadOnlyList<IReadOnlyList<SupplyInput>> Inputs { get; }

    public int Count => Nodes.Count;

    public int EdgeCount => Inputs.Sum(i => i.Count);

    public int IndexOf(SupplyNode node) => _index.TryGetValue(node, out var i) ? i : -1;

    public bool Contains(SupplyNode node) => _index.ContainsKey(node);

    public bool IsOrigin(int node) => Inputs[node].Count == 0;

    /// <summary>The linear system w = d + A·w of this network (A[i, j] = share of node j's input supplied by node i).</summary>
    public UpstreamSystem ToSystem(Func<int, bool>? keepNode = null) => UpstreamSystem.FromInputs(Count, Inputs, keepNode);
}
