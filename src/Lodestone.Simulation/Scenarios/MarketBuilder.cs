using Lodestone.Domain.Model;
using Lodestone.Simulation.Engine;

namespace Lodestone.Simulation.Scenarios;

/// <summary>A market while it is being compiled: origins can still grow as projects are attached.</summary>
internal sealed class MarketBuilder
{
    public required string Commodity { get; init; }
    public required Stage Stage { get; init; }
    public required double? DemandBase { get; init; }
    public required string? DemandUnit { get; init; }
    public required MarketParameters Parameters { get; init; }
    public required int DomesticIndex { get; init; }
    public BasePrice? Price { get; init; }
    public List<string> Origins { get; } = [];
    public List<double> ImportShares { get; } = [];
    public List<double> ConcernDirect { get; } = [];
    public List<double> ConcernTraced { get; } = [];
    public List<EventModel> Events { get; } = [];
    public List<ProjectModel> Projects { get; } = [];

    public string Key => Commodity + "/" + Stage.Name();

    public int OriginIndex(string origin) => Origins.IndexOf(origin);

    public MarketModel ToModel() => new(Commodity, Stage, DemandBase, DemandUnit, Origins.ToList(), DomesticIndex,
        ImportShares.ToList(), ConcernDirect.ToList(), ConcernTraced.ToList(), Parameters, Events.ToList(), Projects.ToList(), Price);
}
