using Lodestone.Domain.Model;
using Lodestone.Domain.Trade;

namespace Lodestone.Domain.Exposure.Tracing;

/// <summary>What one country imported of one commodity at one stage, by exporter, from the BACI flows of the stage's HS code.</summary>
/// <param name="Code">The HS code read; null when the data has no code for this stage (imports unknown).</param>
/// <param name="Year">The flows' year.</param>
/// <param name="Weights">Each exporter's share of the imports (by tonnes when every flow has tonnes, else by value); empty when none were recorded.</param>
/// <param name="ByTonnes">True when <see cref="Weights"/> are tonne shares.</param>
/// <param name="Flows">The flows read, largest value first.</param>
/// <param name="ContentTonnesLow">Commodity content of the imports in tonnes, low end (0 without a published content minimum); never null when flows exist.</param>
/// <param name="ContentTonnesHigh">High end; null when a flow lacks tonnes (unbounded).</param>
public sealed record StageImports(
    HsCode? Code,
    int? Year,
    IReadOnlyDictionary<Iso3, double> Weights,
    bool ByTonnes,
    IReadOnlyList<TradeFlow> Flows,
    double? ContentTonnesLow,
    double? ContentTonnesHigh)
{
    /// <summary>No code for the stage: the country's imports are unknown.</summary>
    public static StageImports Unrecorded { get; } = new(null, null, new Dictionary<Iso3, double>(), false, [], null, null);

    /// <summary>True when a code exists and the complete world matrix records no import by this country.</summary>
    public bool IsKnownZero => Code is not null && Flows.Count == 0;

    /// <summary>True when the stage's only code bundles several commodities: weights say who could supply, not how much.</summary>
    public bool IsBundle => Code?.IsBundle ?? false;

    /// <summary>Reads <paramref name="importer"/>'s flows of <paramref name="code"/> in <paramref name="year"/>.</summary>
    public static StageImports Read(TradeMatrix trade, HsCode code, int year, Iso3 importer)
    {
        var flows = trade.Imports(importer, code.Hs6, year).OrderByDescending(f => f.ValueUsd).ToList();
        if (flows.Count == 0)
        {
            return new StageImports(code, year, new Dictionary<Iso3, double>(), false, flows, 0, 0);
        }
        var byTonnes = flows.All(f => f.Tonnes is not null) && flows.Sum(f => f.Tonnes!.Value) > 0;
        var total = byTonnes ? flows.Sum(f => f.Tonnes!.Value) : flows.Sum(f => f.ValueUsd);
        var weights = new Dictionary<Iso3, double>();
        foreach (var flow in flows)
        {
            weights[flow.Exporter] = weights.GetValueOrDefault(flow.Exporter) + (byTonnes ? flow.Tonnes!.Value : flow.ValueUsd) / total;
        }
        double? low = null, high = null;
        // Content never exceeds the gross weight; without a published minimum (or in a bundle) it may be nil. A flow
        // without tonnes leaves the high end open but the recorded tonnes still set the low end.
        var recorded = flows.Where(f => f.Tonnes is not null).Sum(f => f.Tonnes!.Value);
        low = code.IsBundle ? 0 : recorded * (code.ContentMin ?? 0);
        if (flows.All(f => f.Tonnes is not null))
        {
            high = recorded * (code.IsBundle ? 1 : code.ContentMax ?? 1);
        }
        return new StageImports(code, year, weights, byTonnes, flows, low, high);
    }
}
