namespace Lodestone.Domain.Exposure;

/// <summary>Builds a <see cref="SupplyNetwork"/> edge by edge.</summary>
public sealed class SupplyNetworkBuilder
{
    private readonly List<SupplyNode> _nodes = [];
    private readonly Dictionary<SupplyNode, int> _index = [];
    private readonly List<Dictionary<int, double>> _inputs = [];

    /// <summary>Adds a node (no-op when present) and returns its index.</summary>
    public int Node(SupplyNode node)
    {
        if (_index.TryGetValue(node, out var i))
        {
            return i;
        }
        _index[node] = _nodes.Count;
        _nodes.Add(node);
        _inputs.Add([]);
        return _nodes.Count - 1;
    }

    /// <summary>Declares that <paramref name="share"/> (0–1) of <paramref name="to"/>'s input comes from <paramref name="from"/>; repeated edges add up.</summary>
    public SupplyNetworkBuilder Input(SupplyNode to, SupplyNode from, double share)
    {
        if (double.IsNaN(share) || share < 0 || share > 1 + 1e-9)
        {
            throw new ArgumentOutOfRangeException(nameof(share), share, "an input share lies in [0, 1]");
        }
        if (to == from)
        {
            throw new ArgumentException($"a node cannot supply itself ({to})", nameof(from));
        }
        var t = Node(to);
        var f = Node(from);
        _inputs[t][f] = _inputs[t].GetValueOrDefault(f) + share;
        return this;
    }

    /// <summary>Builds the network; throws when a node's input shares sum above 1.</summary>
    public SupplyNetwork Build()
    {
        for (var i = 0; i < _nodes.Count; i++)
        {
            var sum = _inputs[i].Values.Sum();
            if (sum > 1 + 1e-9)
            {
                throw new InvalidOperationException($"inputs of {_nodes[i]} sum to {sum}, more than 1");
            }
        }
        var inputs = _inputs.Select(d => (IReadOnlyList<SupplyInput>)d.OrderBy(kv => kv.Key).Select(kv => new SupplyInput(kv.Key, kv.Value)).ToList()).ToList();
        return new SupplyNetwork(_nodes.ToList(), inputs);
    }
}
