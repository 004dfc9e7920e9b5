using Lodestone.Optimization.Model;

namespace Lodestone.Optimization.Solving;

/// <summary>Which soft constraint groups are lifted when the model is built: the knobs of the infeasibility analysis.</summary>
/// <remarks>The default instance lifts nothing. Demand, capacities and the stock balance are never lifted.</remarks>
internal sealed record Relaxation
{
    public static readonly Relaxation None = new();

    /// <summary>Cap rows dropped, as (market index, quarter).</summary>
    public IReadOnlySet<(int Market, Quarter Quarter)> DroppedCaps { get; init; } = new HashSet<(int, Quarter)>();

    /// <summary>Per market, a later first quarter for the cap than the plan's "by".</summary>
    public IReadOnlyDictionary<int, Quarter> CapFromOverride { get; init; } = new Dictionary<int, Quarter>();

    public bool DropBudget { get; init; }

    public bool DropPartnersOnly { get; init; }

    public bool DropExportControls { get; init; }

    /// <summary>Projects whose lead time is lifted: they may start in the first planning quarter.</summary>
    public IReadOnlySet<string> DroppedLeadTimes { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>When true, every cap row gets a non-negative slack and the objective becomes the total slack (phase 1).</summary>
    public bool ElasticCaps { get; init; }

    public bool IsActive(Restriction restriction) => restriction.Kind switch
    {
        RestrictionKind.PartnersOnly => !DropPartnersOnly,
        RestrictionKind.ExportControl => !DropExportControls,
        _ => true,
    };

    public bool CapApplies(int market, PlanMarket m, Quarter quarter) =>
        m.Cap is not null
        && quarter >= (CapFromOverride.TryGetValue(market, out var from) ? from : m.CapFrom)
        && !DroppedCaps.Contains((market, quarter));
}
