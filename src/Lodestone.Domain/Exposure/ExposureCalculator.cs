using System.Globalization;
using Lodestone.Domain.Exposure.Tracing;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Metrics;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Exposure;

/// <summary>Direct, traced, control-adjusted and transit exposure of an importer to a supplier: the API the brief, the CLI and the web use.</summary>
public static class ExposureCalculator
{
    /// <summary>The method note every traced exposure carries: proportional attribution on evidence, so traced shares are bounds.</summary>
    public const string TracingMethod =
        "proportional attribution on evidence: each country's supply at a stage is its own output plus its recorded imports, and carries their mix "
        + "(Leontief/MRIO-style, docs/exposure.md); links the data do not record enter as [0, 1], so traced shares are bounds";

    /// <summary>The exposure report for one commodity, read for <paramref name="year"/> (world shares, import sources and NIR of
    /// that year or the newest before it, <see cref="Vintages"/>); null reads the newest.</summary>
    public static ExposureReport For(Dataset dataset, Iso3 importer, Iso3 supplier, string commodity, int? year = null) =>
        For(dataset, importer, TradeTracer.Trace(dataset, commodity, supplier, year));

    /// <summary>The exposure report from a trace already computed for the commodity and supplier.</summary>
    public static ExposureReport For(Dataset dataset, Iso3 importer, TradeTrace tradeTrace)
    {
        var commodity = tradeTrace.Commodity;
        var supplier = tradeTrace.Supplier;
        var trace = ImporterTracer.Trace(dataset, importer, tradeTrace);
        var assumptions = new List<string> { TracingMethod, "the first stage with data is an origin: output there carries no upstream content" };
        var rows = new List<ExposureStageRow>();
        var ownershipUsed = new List<Facts.OwnershipFact>();
        foreach (var stage in new[] { Stage.Mining, Stage.Refining, Stage.Components })
        {
            var distribution = StageDistributions.For(dataset, commodity, stage, tradeTrace.Year);
            var traced = trace.At(stage);
            if (distribution is not null || traced is not null)
            {
                var row = StageRow(dataset, importer, supplier, commodity, stage, distribution, traced, ownershipUsed);
                // The bound on an unlisted supplier is the brief's, computed once (Brief.StageAnalysis).
                var upper = row.Direct is null && distribution is not null
                    ? Brief.StageAnalysis.Summarise(dataset, commodity, stage, supplier, tradeTrace.Year)
                        ?.SupplierShareUpper
                    : null;
                rows.Add(row with { DirectUpper = upper });
            }
        }
        var main = trace.Main;
        var missing = Missing(trace, importer, supplier, commodity);
        var context = dataset.Ownership.Where(o => o.Commodity == commodity && o.CountryShare is null).ToList();
        if (context.Count > 0)
        {
            assumptions.Add("asset-level ownership facts are shown but not used: the asset's share of its country's output is not in the dataset");
        }
        var importShares = ImportShares(main);
        var transit = importShares.Count == 0 ? null : TransitAnalysis.Exposure(dataset, importer, supplier, commodity, importShares);
        if (transit is not null)
        {
            assumptions.Add("transit: route shares as listed; routes with unknown shares give the interval [lower, upper]");
        }
        // Only a figure for the commodity as a whole bounds the home-made share; NirSelector never switches to another series.
        var nirFact = NirSelector.Choose(dataset, commodity, importer, tradeTrace.Year) is { } n && n.Series == commodity ? n : null;
        var nir = nirFact?.Value;
        // The one direct-import figure the brief shows too: an unlisted supplier is a bound, never the 0 a missing key would give.
        var directImport = DirectImportShare.Of(dataset, commodity, importer, supplier, tradeTrace.Year, tradeTrace, main);
        return new ExposureReport(commodity, importer, supplier, rows, directImport, main?.Share,
            nir, trace, transit, ownershipUsed.Distinct().ToList(), context, assumptions, missing, nirFact?.Year, tradeTrace.Year);
    }

    /// <summary>One stage's row: the supplier's world share, its share once ownership abroad is reassigned (the
    /// ownership facts used are added to <paramref name="ownershipUsed"/>), the importer's trace, and notes on each.</summary>
    private static ExposureStageRow StageRow(Dataset dataset, Iso3 importer, Iso3 supplier, string commodity, Stage stage,
        StageDistribution? distribution, StageTrace? traced, List<Facts.OwnershipFact> ownershipUsed)
    {
        var notes = new List<string>();
        double? direct = null, controlledDirect = null;
        if (distribution is not null)
        {
            direct = distribution.Lists(supplier) ? distribution.ShareOf(supplier) : null;
            if (direct is null)
            {
                notes.Add($"{supplier.Code} not listed by name; unnamed producers hold {Pct(distribution.OtherShare)}");
            }
            if (distribution.IsProxy)
            {
                notes.Add("proxy: " + distribution.Series);
            }
            var facts = ControlAdjustment.Usable(dataset, commodity, stage);
            ownershipUsed.AddRange(facts);
            controlledDirect = ControlAdjustment.Controlled(
                distribution.Shares.ToDictionary(s => s.Country, s => s.Share), supplier, facts);
            if (direct is null)
            {
                // An unlisted supplier's own output is unknown: what it controls abroad is a lower bound, and with
                // nothing controlled abroad the figure is as unknown as its world share (never the 0 the sum gives).
                controlledDirect = controlledDirect > 0 ? controlledDirect : null;
            }
            if (facts.Count > 0)
            {
                notes.Add("control: " + string.Join("; ", facts.Select(f =>
                    $"{Pct(f.CountryShare!.Value)}{(f.IsLowerBound ? "+" : "")} of {f.Country.Code} {stage.Name()} "
                    + $"controlled from {f.Owner.Code}")));
            }
        }
        else
        {
            notes.Add("no world shares for this stage");
        }
        if (traced is null)
        {
            notes.Add($"{importer.Code} has no output or recorded imports at this stage");
        }
        return new ExposureStageRow(stage, direct, traced, controlledDirect,
            ownershipUsed.Any(f => f.Stage == stage && f.IsLowerBound)
                || (direct is null && controlledDirect is not null),
            distribution, notes);
    }

    /// <summary>What the trace could not establish: no traced stage at all, the untraced share of the main stage, and
    /// each stage the supplier dominates with no traced path around it.</summary>
    private static List<string> Missing(ImporterTrace trace, Iso3 importer, Iso3 supplier, string commodity)
    {
        var missing = new List<string>();
        var main = trace.Main;
        if (main is null)
        {
            missing.Add($"no stage of {commodity} has output or trade data for {importer.Code}: "
                + "traced shares not computed");
        }
        else if (!main.Share.IsExact)
        {
            missing.Add($"{Pct(main.Untraced)} of {importer.Code}'s {main.Stage.Name()} supply could not be traced: "
                + $"{supplier.Code}'s share lies in {main.Share}");
        }
        foreach (var (stage, share) in trace.DominatedStages)
        {
            if (main is not null && !main.Share.IsExact)
            {
                missing.Add($"{supplier.Code} holds {Pct(share)} of world {stage.Name()} output and the trace leaves "
                    + $"{Pct(main.Untraced)} untraced: no traced path around it");
            }
        }
        return missing;
    }

    /// <summary>Partner shares of the traced stage's imports; empty when the only code is a bundle (it says who, not how much).</summary>
    private static Dictionary<Iso3, double> ImportShares(StageTrace? main) =>
        main is null || main.BundleWeights
            ? []
            : main.Partners.ToDictionary(p => p.Partner, p => p.Weight);

    /// <summary>Reports for every commodity that has stage or import data.</summary>
    public static IReadOnlyList<ExposureReport> ForAll(Dataset dataset, Iso3 importer, Iso3 supplier, int? year = null) =>
        Commodities(dataset, importer).Select(c => For(dataset, importer, supplier, c, year)).ToList();

    /// <summary>Commodities with world stage shares, import shares of the importer or trade flows, in name order.</summary>
    public static IReadOnlyList<string> Commodities(Dataset dataset, Iso3 importer) =>
        dataset.CommoditiesWithData()
            .Concat(dataset.ImportSources.Where(s => s.Importer == importer).Select(s => s.Commodity))
            .Concat(dataset.Trade.Codes.Values.Where(c => dataset.Trade.LatestYear(c.Hs6) is not null).Select(c => c.Commodity))
            .Distinct(StringComparer.Ordinal)
            .Where(c => StageDistributions.AllStages(dataset, c).Count > 0
                || dataset.ImportSources.Any(s => s.Importer == importer && s.Commodity == c)
                || dataset.Trade.CodesFor(c).Any(code => dataset.Trade.LatestYear(code.Hs6) is not null))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Pct(double fraction) => (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %";
}
