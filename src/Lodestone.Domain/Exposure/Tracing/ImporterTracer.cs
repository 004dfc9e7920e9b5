using System.Globalization;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Metrics;
using Lodestone.Domain.Model;
using Lodestone.Domain.Trade;

namespace Lodestone.Domain.Exposure.Tracing;

/// <summary>The importer's view of a <see cref="TradeTrace"/>: per stage, its partners, their traced content and the evidence behind it.</summary>
/// <remarks>
/// At the stage of the importer's USGS import sources (the United States in the shipped data) the partner weights are
/// USGS's, and the share made at home is bounded by the net import reliance (net imports are NIR % of apparent
/// consumption, so imports are at least that share of supply). Every other stage, and every other importer, reads the
/// importer's own BACI node. Unnamed partners ("other") are unknown: [0, 1].
/// </remarks>
public static class ImporterTracer
{
    /// <summary>A supplier holding at least this share of world output at a stage dominates it: an untraced path may well pass through it.</summary>
    public const double DominanceThreshold = 0.8;

    /// <summary>The importer's trace of <paramref name="commodity"/> read for <paramref name="year"/> (null: the default vintage, as <c>exposure</c>).</summary>
    public static ImporterTrace Trace(Dataset dataset, Iso3 importer, Iso3 supplier, string commodity, int? year = null) =>
        Trace(dataset, importer, TradeTracer.Trace(dataset, commodity, supplier, year));

    /// <summary>The importer's view of an existing trace (its commodity, supplier and year).</summary>
    public static ImporterTrace Trace(Dataset dataset, Iso3 importer, TradeTrace trace)
    {
        // The USGS import shares serve the stage their category describes (data/reference/usgs_import_categories.csv).
        // A headline spanning stages (manganese: ore and ferroalloys) is no one stage's weights: BACI is read at every stage.
        var usgsStage = dataset.ImportCategories.Headline(trace.Commodity)?.Stage;
        var usgs = usgsStage is null ? [] : ImportSourceSelector.Headline(dataset, importer, trace.Commodity, trace.Year);
        usgsStage = usgs.Count == 0 ? null : usgsStage;
        var stages = new List<StageTrace>();
        // A commodity with import sources but no output or trade data still gets its import stage, with every partner unknown.
        IReadOnlyList<Stage> order = usgsStage is { } u && !trace.Chain.Contains(u) ? [.. trace.Chain.Append(u).Order()] : trace.Chain;
        foreach (var stage in order)
        {
            var row = stage == usgsStage ? FromUsgs(dataset, importer, trace, stage, usgs) : FromBaci(dataset, importer, trace, stage);
            if (row is not null)
            {
                stages.Add(row);
            }
        }
        var headline = usgsStage
            ?? stages.LastOrDefault(s => s.Partners.Count > 0)?.Stage
            ?? stages.LastOrDefault()?.Stage;
        var dominated = trace.Distributions.Values
            .Where(d => !d.IsProxy && d.ShareOf(trace.Supplier) >= DominanceThreshold)
            .Select(d => (d.Stage, d.ShareOf(trace.Supplier)))
            .ToList();
        return new ImporterTrace(trace.Commodity, importer, trace.Supplier, stages, headline, dominated);
    }

    private static StageTrace FromUsgs(Dataset dataset, Iso3 importer, TradeTrace trace, Stage stage, IReadOnlyList<Facts.ImportSourceFact> sources)
    {
        var (weights, gap) = ImportSourceSelector.Weights(sources);
        var gaps = gap is null ? new List<string>() : [gap];
        var partners = Partners(dataset, trace, stage, weights, gaps);
        var imported = Weighted(partners);
        // The NIR of the same product as the shares (natural graphite, titanium sponge), from the category's rule.
        var series = dataset.ImportCategories.Find(trace.Commodity, sources[0].Category)?.NirSeries ?? trace.Commodity;
        var nir = dataset.NetImportReliance.Where(n => n.Commodity == trace.Commodity && n.Importer == importer && n.Series == series
                && (trace.Year is null || n.Year <= trace.Year))
            .OrderByDescending(n => n.Year).FirstOrDefault();
        ShareBounds split;
        string splitBasis;
        if (nir?.Value.Lower is { } lower)
        {
            split = new ShareBounds(0, 1 - lower / 100);
            splitBasis = $"net import reliance {nir.Value} ({nir.Year}): imports are at least {lower.ToString("0.#", CultureInfo.InvariantCulture)} % of supply";
        }
        else
        {
            split = ShareBounds.Unknown;
            splitBasis = "no net import reliance figure: the share made at home is unknown";
            gaps.Add(splitBasis);
        }
        var made = trace.MadeHere(importer, stage);
        if (split.High > 0 && !made.IsExact)
        {
            gaps.Add($"{importer.Code}'s own {stage.Name()} feed is untraced ({Reason(trace, importer, stage)})");
        }
        var first = sources[0];
        var backing = new List<string> { $"USGS import sources {first.Period}{(first.Category is { } c ? " (" + c + ")" : "")}" };
        if (nir is not null)
        {
            backing.Add($"USGS net import reliance {nir.Year}");
        }
        backing.AddRange(TradeBacking(trace, stage));
        return new StageTrace(stage, ShareBounds.Mix(split, made, imported), split, splitBasis,
            backing[0], partners, backing, gaps, false, first.Period, first.Category);
    }

    private static StageTrace? FromBaci(Dataset dataset, Iso3 importer, TradeTrace trace, Stage stage)
    {
        var node = trace.Node(importer, stage);
        var code = trace.CodeAt(stage);
        var gaps = new List<string>();
        if (node is null)
        {
            return null;
        }
        var others = node.Imports.Unread ?? [];
        var weights = others.Count == 0
            ? node.Imports.Weights
            : ValueWeights(node.Imports.Flows.Concat(others.SelectMany(o => o.Flows)));
        var partners = Partners(dataset, trace, stage, weights, gaps);
        if (code is null)
        {
            gaps.Add($"no HS code for {trace.Commodity} at the {stage.Name()} stage in the trade data: {importer.Code}'s imports are unknown");
        }
        else if (code.IsBundle)
        {
            gaps.Add($"HS {code.Dotted} is a bundle ({string.Join(", ", code.BundleMembers)}): it shows who could supply, not how much; used only as a bound");
        }
        if (code is not null)
        {
            gaps.AddRange(OtherCodeGaps(importer, stage, node, code, others));
        }
        var made = trace.MadeHere(importer, stage);
        if (node.Split.High > 0 && !made.IsExact)
        {
            gaps.Add($"{importer.Code}'s own {stage.Name()} feed is untraced ({Reason(trace, importer, stage)})");
        }
        var basis = code is null ? "no trade code" : Basis(node.Imports, code, others);
        return new StageTrace(stage, trace.Content(importer, stage), node.Split, node.SplitBasis, basis, partners,
            [basis, .. TradeBacking(trace, stage).Where(b => b != basis)], gaps, code?.IsBundle ?? false);
    }

    /// <summary>Each exporter's share of the value of <paramref name="flows"/>: product forms of different contents
    /// add up in dollars, not in tonnes.</summary>
    private static Dictionary<Iso3, double> ValueWeights(IEnumerable<TradeFlow> flows)
    {
        var list = flows.ToList();
        var total = list.Sum(f => f.ValueUsd);
        return list.GroupBy(f => f.Exporter).ToDictionary(g => g.Key, g => g.Sum(f => f.ValueUsd) / total);
    }

    private static string Basis(StageImports imports, HsCode read, IReadOnlyList<CodeImports> others)
    {
        var unit = imports.ByTonnes ? "tonnes" : "value (some flows lack tonnes)";
        var codes = string.Join(" + ", others.Select(o => o.Code.Dotted).Prepend(read.Dotted));
        return others.Count > 0 ? $"BACI {imports.Year} HS {codes}, value" : $"BACI {imports.Year} HS {read.Dotted}, {unit}";
    }

    /// <summary>A line per other code: its share of the stage's imports by value and how the trace used it.</summary>
    private static IEnumerable<string> OtherCodeGaps(Iso3 importer, Stage stage, TraceNode node, HsCode read,
        IReadOnlyList<CodeImports> others)
    {
        var total = node.Imports.Flows.Sum(f => f.ValueUsd) + others.Sum(o => o.Flows.Sum(f => f.ValueUsd));
        var mix = node.Imports.ContentByExporter is null
            ? "the mix of the stage's imports is unknown (some flows lack tonnes)"
            : "the traced share bounds their mix by tonnes and content range";
        foreach (var (code, codeYear, flows) in others)
        {
            var value = flows.Sum(f => f.ValueUsd);
            var usd = value.ToString("#,0", CultureInfo.InvariantCulture);
            yield return $"HS {code.Dotted} also records {importer.Code}'s imports at the {stage.Name()} stage "
                + $"(BACI {codeYear}: {flows.Count} partner{(flows.Count == 1 ? "" : "s")}, USD {usd}, "
                + $"{Pct(value / total)} % of the stage's recorded imports by value): partners are weighted by value "
                + $"over HS {read.Dotted} and it; {mix}";
        }
    }

    private static List<PartnerTrace> Partners(Dataset dataset, TradeTrace trace, Stage stage, IReadOnlyDictionary<Iso3, double> weights, List<string> gaps)
    {
        var partners = new List<PartnerTrace>();
        foreach (var (partner, weight) in weights.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Code, StringComparer.Ordinal))
        {
            var content = partner.IsAggregate ? ShareBounds.Unknown : trace.Content(partner, stage);
            partners.Add(new PartnerTrace(partner, weight, content, Evidence(dataset, trace, stage, partner)));
            if (!content.IsExact && weight >= 0.005)
            {
                gaps.Add($"{partner.Code} ({Pct(weight)} % of imports): supply traced only to {content} ({Reason(trace, partner, stage)})");
            }
        }
        return partners;
    }

    private static ShareBounds Weighted(IReadOnlyList<PartnerTrace> partners)
    {
        double low = 0, high = 0;
        foreach (var p in partners)
        {
            low += p.Weight * p.Content.Low;
            high += p.Weight * p.Content.High;
        }
        return new ShareBounds(Math.Min(low, 1), Math.Min(high, 1));
    }

    /// <summary>What BACI records of <paramref name="partner"/>'s own imports from the supplier at this stage's code.</summary>
    private static string Evidence(Dataset dataset, TradeTrace trace, Stage stage, Iso3 partner)
    {
        if (partner == trace.Supplier)
        {
            return "the supplier itself";
        }
        if (partner.IsAggregate)
        {
            return "partners the source does not name: unknown";
        }
        var code = trace.CodeAt(stage);
        if (code is null)
        {
            return $"no HS code for {trace.Commodity} at the {stage.Name()} stage in the trade data: {partner.Code}'s own imports are not recorded";
        }
        var year = trace.YearAt(stage) ?? 0;
        var flows = dataset.Trade.Imports(partner, code.Hs6, year);
        var total = flows.Sum(f => f.ValueUsd);
        var bundle = code.IsBundle ? " (a bundle: bound only)" : "";
        var from = flows.FirstOrDefault(f => f.Exporter == trace.Supplier);
        if (from is null)
        {
            return flows.Count == 0
                ? $"BACI {year} records no imports of HS {code.Dotted} by {partner.Code}{bundle}"
                : $"BACI {year}: {partner.Code} imported HS {code.Dotted}{bundle} from {flows.Count} partners, none from {trace.Supplier.Code}";
        }
        // BACI gives tonnes to three decimals: below a tonne keep them, so 0.01 t never reads as "0 t".
        var tonnes = from.Tonnes is { } t ? t.ToString(t < 1 ? "0.###" : "#,0.#", CultureInfo.InvariantCulture) + " t" : "tonnes not recorded";
        return $"BACI {year}: {partner.Code} imported {tonnes} (USD {from.ValueUsd.ToString("#,0", CultureInfo.InvariantCulture)}) of HS {code.Dotted}{bundle} from {trace.Supplier.Code}, {Pct(from.ValueUsd / total)} % of its imports of the code by value";
    }

    private static string Reason(TradeTrace trace, Iso3 country, Stage stage)
    {
        var node = trace.Node(country, stage);
        if (node is null)
        {
            return "no output or trade recorded for it at this stage";
        }
        var previous = trace.Previous(stage);
        var imports = node.Imports.Code is { IsBundle: true } bundle
            ? $"; its imports are read from HS {bundle.Dotted}, a bundle: who could supply, not how much"
            : "";
        var upstream = previous is { } p && trace.CodeAt(p) is null && node.Split.High > 0
            ? $"; no HS code for the {p.Name()} stage, so its own feed's origin is not recorded"
            : "";
        return node.SplitBasis + imports + upstream;
    }

    private static IEnumerable<string> TradeBacking(TradeTrace trace, Stage stage)
    {
        foreach (var s in trace.Chain.TakeWhile(s => s != stage).Append(stage))
        {
            if (trace.CodeAt(s) is { } code)
            {
                yield return $"BACI {trace.YearAt(s)} HS {code.Dotted} ({s.Name()}){(code.IsBundle ? ", bundle: bound only" : "")}";
            }
            if (trace.Distributions.TryGetValue(s, out var d))
            {
                yield return $"world {s.Name()} output: {d.Series} ({d.Year})";
            }
        }
    }

    private static string Pct(double f) => (f * 100).ToString("0.#", CultureInfo.InvariantCulture);
}
