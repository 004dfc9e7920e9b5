using Lodestone.Domain.Model;
using Lodestone.Domain.Trade;

namespace Lodestone.Domain.Exposure.Tracing;

/// <summary>What one country imported of one commodity at one stage, by exporter, from the BACI flows of the stage's HS code.</summary>
/// <param name="Code">The HS code read; null when the data has no code for this stage (imports unknown).</param>
/// <param name="Year">The flows' year.</param>
/// <param name="Weights">Each exporter's share of the imports (by tonnes when every flow has tonnes, else by value); empty when none were recorded.</param>
/// <param name="ByTonnes">True when <see cref="Weights"/> are tonne shares.</param>
/// <param name="Flows">The flows read, largest value first.</param>
/// <param name="ContentTonnesLow">Commodity content of the imports under every single-commodity code of the stage,
/// in tonnes, low end (0 without a published content minimum); never null when a code exists.</param>
/// <param name="ContentTonnesHigh">High end; null when a flow lacks tonnes (unbounded).</param>
/// <param name="Unread">This country's flows under each of the stage's other single-commodity codes that records any:
/// their content is in the two content ends (the mass balance), but not in <paramref name="Weights"/>.</param>
/// <param name="ContentByExporter">With <paramref name="Unread"/> flows: each exporter's content in tonnes over every
/// code (tonnes × the code's content range, or [0, gross weight] without one), from which the imports' mix is bounded;
/// null when a flow lacks tonnes (the mix is then unknown) or when only the read code records imports.</param>
public sealed record StageImports(
    HsCode? Code,
    int? Year,
    IReadOnlyDictionary<Iso3, double> Weights,
    bool ByTonnes,
    IReadOnlyList<TradeFlow> Flows,
    double? ContentTonnesLow,
    double? ContentTonnesHigh,
    IReadOnlyList<CodeImports>? Unread = null,
    IReadOnlyDictionary<Iso3, (double Low, double High)>? ContentByExporter = null)
{
    /// <summary>No code for the stage: the country's imports are unknown.</summary>
    public static StageImports Unrecorded { get; } = new(null, null, new Dictionary<Iso3, double>(), false, [], null, null);

    /// <summary>True when a code exists and the complete world matrix records no import by this country under any
    /// single-commodity code of the stage.</summary>
    public bool IsKnownZero => Code is not null && Flows.Count == 0 && UnreadFlows == 0;

    /// <summary>How many flows <see cref="Unread"/> holds.</summary>
    public int UnreadFlows => Unread?.Sum(u => u.Flows.Count) ?? 0;

    /// <summary>True when the stage's only code bundles several commodities: weights say who could supply, not how much.</summary>
    public bool IsBundle => Code?.IsBundle ?? false;

    /// <summary>Reads <paramref name="importer"/>'s flows of <paramref name="code"/> in <paramref name="year"/> as
    /// the weights; <paramref name="others"/> (the stage's other single-commodity codes with their years) add their
    /// content to the mass balance and are counted, but give no weights: product forms share no content basis to mix
    /// partners on.</summary>
    public static StageImports Read(
        TradeMatrix trade, HsCode code, int year, Iso3 importer, IReadOnlyList<(HsCode Code, int Year)> others)
    {
        var flows = trade.Imports(importer, code.Hs6, year).OrderByDescending(f => f.ValueUsd).ToList();
        var unread = others.Select(o => new CodeImports(o.Code, o.Year, trade.Imports(importer, o.Code.Hs6, o.Year)))
            .Where(o => o.Flows.Count > 0).ToList();
        // Content never exceeds the gross weight; without a published minimum (or in a bundle) it may be nil. A flow
        // without tonnes leaves the high end open but the recorded tonnes still set the low end.
        var low = 0.0;
        var high = (double?)0.0;
        foreach (var (c, _, f) in unread.Prepend(new CodeImports(code, year, flows)))
        {
            var tonnes = f.Where(x => x.Tonnes is not null).Sum(x => x.Tonnes!.Value);
            low += c.IsBundle ? 0 : tonnes * (c.ContentMin ?? 0);
            high = f.All(x => x.Tonnes is not null) ? high + tonnes * (c.IsBundle ? 1 : c.ContentMax ?? 1) : null;
        }
        var byExporter = unread.Count > 0 && high is not null
            ? ContentOf(unread.Prepend(new CodeImports(code, year, flows)))
            : null;
        if (flows.Count == 0)
        {
            // Nothing under the read code: a known zero only if no other code of the stage records imports either.
            return new StageImports(code, year, new Dictionary<Iso3, double>(), false, flows, low, high,
                unread, byExporter);
        }
        var byTonnes = flows.All(f => f.Tonnes is not null) && flows.Sum(f => f.Tonnes!.Value) > 0;
        var total = byTonnes ? flows.Sum(f => f.Tonnes!.Value) : flows.Sum(f => f.ValueUsd);
        var weights = new Dictionary<Iso3, double>();
        foreach (var flow in flows)
        {
            weights[flow.Exporter] = weights.GetValueOrDefault(flow.Exporter) + (byTonnes ? flow.Tonnes!.Value : flow.ValueUsd) / total;
        }
        return new StageImports(code, year, weights, byTonnes, flows, low, high, unread, byExporter);
    }

    private static Dictionary<Iso3, (double Low, double High)> ContentOf(IEnumerable<CodeImports> codes)
    {
        var content = new Dictionary<Iso3, (double Low, double High)>();
        foreach (var (code, _, flows) in codes)
        {
            foreach (var flow in flows)
            {
                var (low, high) = content.GetValueOrDefault(flow.Exporter);
                var tonnes = flow.Tonnes!.Value;
                content[flow.Exporter] = (low + tonnes * (code.ContentMin ?? 0), high + tonnes * (code.ContentMax ?? 1));
            }
        }
        return content;
    }
}
