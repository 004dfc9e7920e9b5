using System.Globalization;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Exposure;

/// <summary>Direct, effective, control-adjusted and transit exposure of an importer to a supplier: the API the brief and the CLI use.</summary>
public static class ExposureCalculator
{
    /// <summary>Number of paths kept in <see cref="ExposureReport.TopPaths"/> and <see cref="ExposureReport.SupplierPaths"/>.</summary>
    public const int PathsShown = 5;

    /// <summary>The exposure report for one commodity; <paramref name="solver"/> defaults to the BCL iterative solver.</summary>
    public static ExposureReport For(Dataset dataset, Iso3 importer, Iso3 supplier, string commodity, IUpstreamSolver? solver = null)
    {
        solver ??= new JacobiUpstreamSolver();
        var built = CommodityNetworkBuilder.Build(dataset, importer, commodity);
        var assumptions = built.Assumptions.ToList();
        var missing = built.Missing.ToList();
        ExposureTrace? trace = built.Network is null ? null : ExposureTracer.Trace(built.Network, built.Sink, solver);
        var rows = new List<ExposureStageRow>();
        var ownershipUsed = new List<Facts.OwnershipFact>();
        foreach (var stage in new[] { Stage.Mining, Stage.Refining, Stage.Components })
        {
            built.Distributions.TryGetValue(stage, out var distribution);
            var onChain = trace?.Covers(stage) ?? false;
            if (distribution is null && !onChain)
            {
                continue;
            }
            var notes = new List<string>();
            double? direct = null;
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
            }
            else
            {
                notes.Add("no world shares for this stage");
            }
            var facts = ControlAdjustment.Usable(dataset, commodity, stage);
            ownershipUsed.AddRange(facts);
            var lowerBound = facts.Any(f => f.IsLowerBound);
            double? effective = null, controlled = null, controlledDirect = null;
            if (onChain)
            {
                var shares = trace!.SharesAt(stage);
                effective = shares.GetValueOrDefault(supplier);
                controlled = ControlAdjustment.Controlled(shares, supplier, facts);
            }
            else if (trace is not null)
            {
                notes.Add("not on the traced import chain (imports are attributed to the " + built.PartnerStage?.Name() + " stage)");
            }
            if (distribution is not null)
            {
                controlledDirect = ControlAdjustment.Controlled(distribution.Shares.ToDictionary(s => s.Country, s => s.Share), supplier, facts);
            }
            if (facts.Count > 0)
            {
                notes.Add("control: " + string.Join("; ", facts.Select(f => $"{Pct(f.CountryShare!.Value)}{(f.IsLowerBound ? "+" : "")} of {f.Country.Code} {stage.Name()} controlled from {f.Owner.Code}")));
            }
            rows.Add(new ExposureStageRow(stage, direct, effective, controlled, controlledDirect, lowerBound, distribution, notes));
        }
        var context = dataset.Ownership.Where(o => o.Commodity == commodity && o.CountryShare is null).ToList();
        if (context.Count > 0)
        {
            assumptions.Add("asset-level ownership facts are shown but not used: the asset's share of its country's output is not in the dataset");
        }
        IReadOnlyList<ExposurePath> top = [], through = [];
        double? any = null;
        if (trace is not null)
        {
            any = ExposureTracer.AnyStageShare(trace, supplier, solver);
            var paths = ExposureTracer.Paths(built.Network!, built.Sink);
            if (paths is null)
            {
                missing.Add("paths not enumerated: more than " + ExposureTracer.MaxPaths + " paths");
            }
            else
            {
                top = paths.Take(PathsShown).ToList();
                through = paths.Where(p => p.Nodes.Take(p.Nodes.Count - 1).Any(n => n.Country == supplier)).Take(PathsShown).ToList();
            }
        }
        var transit = built.ImportShares.Count == 0 ? null : TransitAnalysis.Exposure(dataset, importer, supplier, commodity, built.ImportShares);
        if (transit is not null)
        {
            assumptions.Add("transit: route shares as listed; routes with unknown shares give the interval [lower, upper]");
        }
        var nir = dataset.NetImportReliance.Where(n => n.Commodity == commodity && n.Importer == importer && n.Series == commodity)
            .OrderByDescending(n => n.Year).FirstOrDefault()?.Value;
        return new ExposureReport(commodity, importer, supplier, rows,
            built.ImportShares.Count == 0 ? null : built.ImportShares.GetValueOrDefault(supplier),
            any, built.ImportSources.FirstOrDefault()?.Period, built.ImportSources.FirstOrDefault()?.Category, nir,
            top, through, transit, ownershipUsed.Distinct().ToList(), context, assumptions, missing,
            trace is null ? null : trace.Solver);
    }

    /// <summary>Reports for every commodity that has stage or import data.</summary>
    public static IReadOnlyList<ExposureReport> ForAll(Dataset dataset, Iso3 importer, Iso3 supplier, IUpstreamSolver? solver = null) =>
        Commodities(dataset, importer).Select(c => For(dataset, importer, supplier, c, solver)).ToList();

    /// <summary>Commodities with world stage shares or import shares of the importer, in name order.</summary>
    public static IReadOnlyList<string> Commodities(Dataset dataset, Iso3 importer) =>
        dataset.CommoditiesWithData()
            .Concat(dataset.ImportSources.Where(s => s.Importer == importer).Select(s => s.Commodity))
            .Distinct(StringComparer.Ordinal)
            .Where(c => Metrics.StageDistributions.AllStages(dataset, c).Count > 0 || dataset.ImportSources.Any(s => s.Importer == importer && s.Commodity == c))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Pct(double fraction) => (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %";
}
