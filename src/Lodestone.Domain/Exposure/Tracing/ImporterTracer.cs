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

    /// <summary>Import shares summing within 2 points of 100 % are rounding and are normalised; a larger gap is an unnamed partner.</summary>
    public const double RoundingTolerance = 0.02;

    public static ImporterTrace Trace(Dataset dataset, Iso3 importer, Iso3 supplier, string commodity) =>
        Trace(dataset, importer, TradeTracer.Trace(dataset, commodity, supplier));

    public static ImporterTrace Trace(Dataset dataset, Iso3 importer, TradeTrace trace)
    {
        var all = ImportConcentration.LatestSources(dataset, importer, trace.Commodity).Count == 0
            ? []
            : LatestPeriod(dataset, importer, trace.Commodity);
        var defaultStage = trace.Chain.Contains(Stage.Refining) && trace.Distributions.ContainsKey(Stage.Refining) ? Stage.Refining
            : trace.Chain.Count > 0 ? trace.Chain[0] : Stage.Mining;
        // Each USGS import category belongs to a stage (ore → mining; metal, oxide, compounds → refining); "all" and
        // mixed categories serve the commodity's main stage.
        var byStage = all.GroupBy(f => f.Category).Select(g => (Category: g.Key, Stage: CategoryStage(g.Key) ?? defaultStage, Rows: g.ToList())).ToList();
        Stage? usgsStage = byStage.Count == 0 ? null : byStage.Any(b => b.Stage == defaultStage) ? defaultStage : byStage[0].Stage;
        var usgs = usgsStage is null ? [] : Preferred(byStage.Where(b => b.Stage == usgsStage).ToList());
        var stages = new List<StageTrace>();
        // A commodity with import sources but no output or trade data still gets its import stage, with every partner unknown.
        var order = usgsStage is { } u && !trace.Chain.Contains(u) ? [u, .. trace.Chain] : trace.Chain;
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

    private static List<Facts.ImportSourceFact> LatestPeriod(Dataset dataset, Iso3 importer, string commodity)
    {
        var period = ImportConcentration.LatestSources(dataset, importer, commodity)[0].Period;
        return dataset.ImportSources.Where(f => f.Importer == importer && f.Commodity == commodity && f.Period == period).ToList();
    }

    /// <summary>The stage a USGS import category is at, or null for "all", totals over forms and mixed categories.</summary>
    public static Stage? CategoryStage(string? category)
    {
        var c = category?.ToLowerInvariant() ?? "";
        if (c.Length == 0 || c == "all" || c.Contains("other forms", StringComparison.Ordinal) || c.StartsWith("total", StringComparison.Ordinal) && !c.Contains("metal", StringComparison.Ordinal)
            || c.StartsWith("combined", StringComparison.Ordinal))
        {
            return null;
        }
        var ore = c.Contains("ore", StringComparison.Ordinal) || c.Contains("concentrate", StringComparison.Ordinal);
        var refined = c.Contains("metal", StringComparison.Ordinal) || c.Contains("oxide", StringComparison.Ordinal) || c.Contains("compound", StringComparison.Ordinal)
            || c.Contains("refined", StringComparison.Ordinal) || c.Contains("salts", StringComparison.Ordinal) || c.Contains("sponge", StringComparison.Ordinal)
            || c.Contains("primary", StringComparison.Ordinal);
        return ore && !refined ? Stage.Mining : Stage.Refining;
    }

    /// <summary>Of several categories at one stage, a total over forms first, else the first in file order.</summary>
    private static List<Facts.ImportSourceFact> Preferred(List<(string? Category, Stage Stage, List<Facts.ImportSourceFact> Rows)> candidates) =>
        (candidates.FirstOrDefault(c => c.Category?.Contains("total", StringComparison.OrdinalIgnoreCase) == true) is { Rows: not null } total
            ? total : candidates[0]).Rows;

    private static StageTrace FromUsgs(Dataset dataset, Iso3 importer, TradeTrace trace, Stage stage, IReadOnlyList<Facts.ImportSourceFact> sources)
    {
        var published = sources.Sum(s => s.Share.Value);
        var weights = sources.GroupBy(s => s.Partner).ToDictionary(g => g.Key, g => g.Sum(s => s.Share.Value));
        var gaps = new List<string>();
        if (published < 1 - RoundingTolerance)
        {
            weights[Iso3.Other] = weights.GetValueOrDefault(Iso3.Other) + (1 - published);
            gaps.Add($"published import shares sum to {Pct(published)} %: the remaining {Pct(1 - published)} % is an unnamed partner");
        }
        else
        {
            weights = weights.ToDictionary(kv => kv.Key, kv => kv.Value / published);
        }
        var partners = Partners(dataset, trace, stage, weights, gaps);
        var imported = Weighted(partners);
        var nir = dataset.NetImportReliance.Where(n => n.Commodity == trace.Commodity && n.Importer == importer && n.Series == trace.Commodity)
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
        var partners = Partners(dataset, trace, stage, node.Imports.Weights, gaps);
        if (code is null)
        {
            gaps.Add($"no HS code for {trace.Commodity} at the {stage.Name()} stage in the trade data: {importer.Code}'s imports are unknown");
        }
        else if (code.IsBundle)
        {
            gaps.Add($"HS {code.Dotted} is a bundle ({string.Join(", ", code.BundleMembers)}): it shows who could supply, not how much; used only as a bound");
        }
        var made = trace.MadeHere(importer, stage);
        if (node.Split.High > 0 && !made.IsExact)
        {
            gaps.Add($"{importer.Code}'s own {stage.Name()} feed is untraced ({Reason(trace, importer, stage)})");
        }
        var basis = code is null ? "no trade code" : $"BACI {node.Imports.Year} HS {code.Dotted}, {(node.Imports.ByTonnes ? "tonnes" : "value (some flows lack tonnes)")}";
        return new StageTrace(stage, trace.Content(importer, stage), node.Split, node.SplitBasis, basis, partners,
            [basis, .. TradeBacking(trace, stage).Where(b => b != basis)], gaps, code?.IsBundle ?? false);
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
        var tonnes = from.Tonnes is { } t ? t.ToString("#,0.#", CultureInfo.InvariantCulture) + " t" : "tonnes not recorded";
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
