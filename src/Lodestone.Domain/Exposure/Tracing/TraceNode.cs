using Lodestone.Domain.Model;

namespace Lodestone.Domain.Exposure.Tracing;

/// <summary>One country's supply of a commodity at one stage: its own output plus its recorded imports, and the split between them.</summary>
/// <param name="Split">Share of the supply made in the country (the rest is imported), as bounds.</param>
/// <param name="SplitBasis">How the split was found: tonnes, "no imports recorded", "unknown" ….</param>
public sealed record TraceNode(Iso3 Country, Stage Stage, StageProduction Production, StageImports Imports, ShareBounds Split, string SplitBasis)
{
    /// <summary>Builds a node, working out the split by mass balance where tonnes allow.</summary>
    public static TraceNode Create(Iso3 country, Stage stage, StageProduction production, StageImports imports)
    {
        var (split, basis) = SplitOf(production, imports);
        return new TraceNode(country, stage, production, imports, split, basis);
    }

    private static (ShareBounds, string) SplitOf(StageProduction production, StageImports imports)
    {
        if (imports.IsKnownZero)
        {
            return (ShareBounds.One, "no imports recorded in the complete BACI matrix");
        }
        if (production.IsZero)
        {
            return (ShareBounds.Zero, "no own output (" + production.Basis + ")");
        }
        if (imports.Code is null)
        {
            return (ShareBounds.Unknown, "imports unknown: no HS code for this stage in the data");
        }
        var mLow = imports.ContentTonnesLow ?? 0;
        var low = production.Low <= 0 || imports.ContentTonnesHigh is not { } mHigh ? 0 : production.Low / (production.Low + mHigh);
        var high = production.High is not { } pHigh ? 1 : pHigh + mLow <= 0 ? 0 : pHigh / (pHigh + mLow);
        return (new ShareBounds(low, high), imports.IsBundle
            ? "mass balance in tonnes: own output vs at most the bundle's gross imports"
            : imports.UnreadFlows > 0
                ? "mass balance in tonnes: own output vs imported content under every code of the stage"
                : "mass balance in tonnes: own output vs imported content");
    }
}
