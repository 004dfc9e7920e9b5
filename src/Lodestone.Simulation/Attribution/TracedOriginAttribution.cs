using System.Collections.Concurrent;
using Lodestone.Domain.Exposure;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;

namespace Lodestone.Simulation.Attribution;

/// <summary>Multi-tier attribution from the exposure tracer: a Japanese refiner's output carries the concern's share of the ore it refines.</summary>
/// <remarks>
/// For each origin the commodity network toward the importer (<see cref="CommodityNetworkBuilder"/>) is traced upstream
/// from the origin's node at the market's stage, and the content is the share of that node's supply that passed through
/// the concern at any stage (<see cref="ExposureTracer.AnyStageShare"/>). The network's stand-ins apply: refiners are fed
/// by world mining shares because bilateral ore flows are not in the data. An origin the network lacks (no import-source
/// shares for the commodity, or an aggregate such as "other") counts direct, and <see cref="Describe"/> says how many did.
/// </remarks>
public sealed class TracedOriginAttribution(Dataset dataset) : IOriginAttribution
{
    private readonly IUpstreamSolver _solver = new JacobiUpstreamSolver();
    private readonly ConcurrentDictionary<(Iso3, string), CommodityNetwork> _networks = new();
    private readonly ConcurrentDictionary<string, byte> _direct = new(StringComparer.Ordinal);

    public double ContentFrom(Iso3 importer, string commodity, Stage stage, Iso3 origin, Iso3 concern)
    {
        if (origin == concern)
        {
            return 1;
        }
        var built = _networks.GetOrAdd((importer, commodity), key => CommodityNetworkBuilder.Build(dataset, key.Item1, key.Item2));
        var node = new SupplyNode(origin, stage);
        if (built.Network is not { } network || network.IndexOf(node) < 0)
        {
            _direct.TryAdd($"{commodity} {stage.Name()} from {origin.Code}", 0);
            return 0;
        }
        var trace = ExposureTracer.Trace(network, node, _solver);
        return ExposureTracer.AnyStageShare(trace, concern, _solver);
    }

    public string Describe() =>
        "traced through the exposure network (each origin's output carries its suppliers' mix; refiners fed by world mining shares as a stand-in for bilateral ore flows)"
        + (_direct.IsEmpty ? "" : "; counted direct for lack of a traced network: " + string.Join(", ", _direct.Keys.Order(StringComparer.Ordinal)));
}
