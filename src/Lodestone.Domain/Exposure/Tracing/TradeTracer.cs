using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Metrics;
using Lodestone.Domain.Model;
using Lodestone.Domain.Trade;

namespace Lodestone.Domain.Exposure.Tracing;

/// <summary>Traces the supplier content of every country's supply, stage by stage, on production facts and bilateral flows only.</summary>
/// <remarks>
/// Each node (country, stage) supplies its own output plus its imports. Its content is
/// m·(content of its own feed, the node one stage upstream) + (1 − m)·(import-weighted content of its exporters' nodes),
/// with m the share made at home (mass balance in tonnes where tonnes and content factors exist, else bounds).
/// The first stage of the chain is an origin: output made there carries no upstream content. Unknown links enter as
/// [0, 1], so the result is an interval: low = what the data prove, high = what they cannot rule out. Cycles of
/// re-exports are solved by monotone fixed-point sweeps (low from 0 upward, high from 1 downward), which converge to
/// the tightest bounds the equations allow. Method: proportional (Leontief/MRIO-style) attribution, see docs/exposure.md.
/// </remarks>
public static class TradeTracer
{
    /// <summary>Sweeps at most; a re-export cycle with no own output stays [0, 1], which is its honest value.</summary>
    public const int MaxSweeps = 5_000;

    /// <summary>The bound sweeps stop once no bound moves by this much (shares, 0–1).</summary>
    public const double Tolerance = 1e-12;

    private static readonly Stage[] Order = [Stage.Mining, Stage.Refining, Stage.Components];

    /// <summary>The trace of <paramref name="commodity"/>; world shares of <paramref name="year"/> or the newest before it (null: the
    /// default vintage, <see cref="Vintages.NewestComplete"/>, so that every caller that names no year reads the year every view reads).</summary>
    public static TradeTrace Trace(Dataset dataset, string commodity, Iso3 supplier, int? year = null)
    {
        year ??= Vintages.NewestComplete(dataset);
        var distributions = new Dictionary<Stage, StageDistribution>();
        var codes = new Dictionary<Stage, (HsCode Code, int Year)>();
        var unread = new Dictionary<Stage, List<(HsCode Code, int Year)>>();
        foreach (var stage in Order)
        {
            if (StageDistributions.For(dataset, commodity, stage, year) is { } d)
            {
                distributions[stage] = d;
            }
            if (dataset.Trade.CodesWithFlows(commodity, stage).FirstOrDefault() is { } code && dataset.Trade.YearFor(code.Hs6, year) is { } tradeYear)
            {
                codes[stage] = (code, tradeYear);
                unread[stage] = UnreadCodes(dataset, commodity, stage, code, year);
            }
        }
        var chain = Order.Where(s => distributions.ContainsKey(s) || codes.ContainsKey(s)).ToList();
        var nodes = new Dictionary<(Iso3, Stage), TraceNode>();
        foreach (var stage in chain)
        {
            distributions.TryGetValue(stage, out var distribution);
            var countries = new HashSet<Iso3>();
            if (distribution is not null)
            {
                countries.UnionWith(distribution.Named.Select(s => s.Country));
            }
            if (codes.TryGetValue(stage, out var c))
            {
                foreach (var flow in dataset.Trade.Flows(c.Code.Hs6, c.Year))
                {
                    countries.Add(flow.Exporter);
                    countries.Add(flow.Importer);
                }
                // A country that imports only under another code of the stage still gets a node (imports unknown).
                countries.UnionWith(unread[stage].SelectMany(o => dataset.Trade.Flows(o.Code.Hs6, o.Year))
                    .Select(f => f.Importer));
            }
            foreach (var country in countries)
            {
                var imports = codes.TryGetValue(stage, out var code)
                    ? StageImports.Read(dataset.Trade, code.Code, code.Year, country, unread[stage])
                    : StageImports.Unrecorded;
                nodes[(country, stage)] = TraceNode.Create(country, stage, StageProduction.Of(distribution, country), imports);
            }
        }
        var (content, sweeps) = Solve(chain, nodes, supplier);
        return new TradeTrace(commodity, supplier, chain, distributions, codes, nodes, content, sweeps, year);
    }

    /// <summary>The stage's single-commodity codes with flows other than <paramref name="read"/>: partners are read
    /// from one code per stage, as product forms (carbonate, hydroxide) share no content basis to mix partners on; the
    /// others' tonnes enter the mass balance, so no country reads as importing nothing. Bundles never carry the
    /// commodity's imports.</summary>
    private static List<(HsCode Code, int Year)> UnreadCodes(
        Dataset dataset, string commodity, Stage stage, HsCode read, int? year) =>
        [.. dataset.Trade.CodesWithFlows(commodity, stage)
            .Where(c => c.Hs6 != read.Hs6 && !c.IsBundle)
            .Select(c => (Code: c, Year: dataset.Trade.YearFor(c.Hs6, year)))
            .Where(c => c.Year is not null)
            .Select(c => (c.Code, c.Year!.Value))];

    private static (Dictionary<(Iso3, Stage), ShareBounds>, int) Solve(List<Stage> chain, Dictionary<(Iso3, Stage), TraceNode> nodes, Iso3 supplier)
    {
        var content = nodes.Keys.ToDictionary(k => k, k => k.Item1 == supplier ? ShareBounds.One : ShareBounds.Unknown);
        var ordered = chain.SelectMany(s => nodes.Values.Where(n => n.Stage == s && n.Country != supplier).OrderBy(n => n.Country.Code, StringComparer.Ordinal)).ToList();
        // Every node's inputs are resolved once to slots of one array: looked up by (country, stage) in each sweep, hashing the
        // country code, they were most of an exposure's time on a full BACI year (docs/performance.md). Same order, same sums.
        var slots = new SlotTable(content, supplier);
        var inputs = ordered.Select(node => Inputs.Of(node, chain, slots)).ToList();
        var values = slots.Values;
        var sweeps = 0;
        while (sweeps < MaxSweeps)
        {
            sweeps++;
            var change = 0.0;
            for (var n = 0; n < ordered.Count; n++)
            {
                var input = inputs[n];
                var made = input.Made < 0 ? ShareBounds.Zero : values[input.Made];
                var next = ShareBounds.Mix(ordered[n].Split, made, input.Imported(values));
                var old = values[input.Self];
                change = Math.Max(change, Math.Max(Math.Abs(next.Low - old.Low), Math.Abs(next.High - old.High)));
                values[input.Self] = next;
            }
            if (change < Tolerance)
            {
                break;
            }
        }
        slots.CopyTo(content);
        return (content, sweeps);
    }

    /// <summary>A slot per node read or written by the sweeps; slot 0 holds the supplier's content (one), slot 1 an unknown link.</summary>
    private sealed class SlotTable(Dictionary<(Iso3, Stage), ShareBounds> content, Iso3 supplier)
    {
        private readonly Dictionary<(Iso3, Stage), int> _slots = [];
        private readonly List<ShareBounds> _initial = [ShareBounds.One, ShareBounds.Unknown];
        private ShareBounds[]? _values;

        public ShareBounds[] Values => _values ??= [.. _initial];

        public int Of(Iso3 country, Stage stage)
        {
            if (country == supplier)
            {
                return 0;
            }
            if (!content.TryGetValue((country, stage), out var initial))
            {
                return 1;
            }
            if (!_slots.TryGetValue((country, stage), out var slot))
            {
                slot = _initial.Count;
                _initial.Add(initial);
                _slots[(country, stage)] = slot;
            }
            return slot;
        }

        public void CopyTo(Dictionary<(Iso3, Stage), ShareBounds> target)
        {
            foreach (var (key, slot) in _slots)
            {
                target[key] = Values[slot];
            }
        }
    }

    /// <summary>One node's slots: its own, its upstream feed's (-1: an origin, nothing upstream), and its exporters' with their weights.</summary>
    /// <param name="Constant">The imports' content when no exporter is read: zero (known no imports) or unknown.</param>
    /// <param name="ContentLow">With several codes: each exporter's content in tonnes, low end (then
    /// <paramref name="Weights"/> is empty and the mix is bounded by <see cref="ContentMix"/>).</param>
    /// <param name="ContentHigh">The high end.</param>
    private sealed record Inputs(int Self, int Made, bool Bundle, int[] Exporters, double[] Weights, ShareBounds? Constant,
        double[]? ContentLow = null, double[]? ContentHigh = null)
    {
        public static Inputs Of(TraceNode node, List<Stage> chain, SlotTable slots)
        {
            var index = chain.IndexOf(node.Stage);
            var self = slots.Of(node.Country, node.Stage);
            var made = index == 0 ? -1 : slots.Of(node.Country, chain[index - 1]);
            var imports = node.Imports;
            if (imports.UnreadFlows > 0)
            {
                // Imports under several codes: the mix is bounded in content tonnes, unknown without tonnes.
                if (imports.ContentByExporter is not { } content)
                {
                    return new(self, made, false, [], [], ShareBounds.Unknown);
                }
                var sellers = content.Keys.OrderBy(k => k.Code, StringComparer.Ordinal).ToArray();
                return new(self, made, false, [.. sellers.Select(e => slots.Of(e, node.Stage))], [], null,
                    [.. sellers.Select(e => content[e].Low)], [.. sellers.Select(e => content[e].High)]);
            }
            if (imports.Code is null || imports.Weights.Count == 0)
            {
                return new(self, made, false, [], [], imports.IsKnownZero ? ShareBounds.Zero : ShareBounds.Unknown);
            }
            var exporters = imports.Weights.Select(w => slots.Of(w.Key, node.Stage)).ToArray();
            return new(self, made, imports.IsBundle, exporters, imports.Weights.Select(w => w.Value).ToArray(), null);
        }

        /// <summary>Content of the imports: weighted by the exporters' shares, or, for a bundle code, the range over the exporters that shipped any of it.</summary>
        public ShareBounds Imported(ShareBounds[] values)
        {
            if (Constant is { } constant)
            {
                return constant;
            }
            if (ContentLow is not null)
            {
                return ContentMix.Bounds(Exporters, ContentLow, ContentHigh!, values);
            }
            if (Bundle)
            {
                var low = 1.0;
                var high = 0.0;
                foreach (var slot in Exporters)
                {
                    low = Math.Min(low, values[slot].Low);
                    high = Math.Max(high, values[slot].High);
                }
                return new ShareBounds(low, high);
            }
            double lo = 0, hi = 0;
            for (var i = 0; i < Exporters.Length; i++)
            {
                lo += Weights[i] * values[Exporters[i]].Low;
                hi += Weights[i] * values[Exporters[i]].High;
            }
            return new ShareBounds(Math.Min(lo, 1), Math.Min(hi, 1));
        }
    }
}
