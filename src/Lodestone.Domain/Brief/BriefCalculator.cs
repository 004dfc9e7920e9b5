using System.Globalization;
using Lodestone.Domain.Exposure.Tracing;
using Lodestone.Domain.Facts;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Metrics;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Brief;

/// <summary>Computes the dependency brief: for an importer and a supplier of concern, how exposed each commodity is at each stage.</summary>
public static class BriefCalculator
{
    /// <summary>The stages a brief reports, upstream first: mining, refining, components (recycling has no column).</summary>
    public static readonly IReadOnlyList<Stage> BriefStages = [Stage.Mining, Stage.Refining, Stage.Components];

    /// <summary>The brief for the request's vintage (<see cref="Vintages"/>: the requested year, else the newest complete one);
    /// every figure from another year carries its mark (<c>year_note</c>).</summary>
    public static DependencyBrief Compute(Dataset data, BriefRequest request)
    {
        request = request with { Year = request.Year ?? Vintages.NewestComplete(data) };
        var partners = AgreementPartners(data, request);
        var c5 = data.Countries.InGroup(CountryGroups.C5).Select(c => c.Iso3).ToHashSet();
        var rows = BriefCommodities(data)
            .Select(c => Row(data, request, c, partners, c5))
            .ToList();
        var sourceIds = rows.SelectMany(r => r.SourceIds()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var sources = sourceIds
            .Select(id => data.Sources.TryGetValue(id, out var s) ? new SourceRef(s.Id, s.Title, s.Url, s.Published?.ToString()) : null)
            .OfType<SourceRef>()
            .ToList();
        return new DependencyBrief(request.Importer.Code, request.Supplier.Code, request.Year,
            request.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), rows, sources);
    }

    /// <summary>Commodities with stage or trade data, minerals only (products such as batteries are left out).</summary>
    public static IReadOnlyList<string> BriefCommodities(Dataset data) =>
        data.CommoditiesWithData()
            .Where(c => data.Commodities.Find(c) is { Kind: not CommodityKind.Product })
            .ToList();

    /// <summary>One commodity's row of the brief: per-stage shares and exposure, NIR, controls and partners, read for the
    /// request's year (<see cref="Compute"/> resolves it first).</summary>
    /// <param name="partners">Agreement partners of the importer, by commodity.</param>
    /// <param name="c5">The Central Asian (C5) countries.</param>
    public static BriefRow Row(Dataset data, BriefRequest request, string commodity, IReadOnlyDictionary<string, IReadOnlySet<Iso3>> partners, IReadOnlySet<Iso3> c5)
    {
        var exposure = Exposure.ExposureCalculator.For(data, request.Importer, request.Supplier, commodity, request.Year);
        var stages = BriefStages.ToDictionary(s => s.Name(), s => StageRow(data, request, commodity, s, exposure.At(s)?.Traced?.Share));
        var nir = Nir(data, commodity, request, stages.Values.OfType<StageSummary>().Select(s => s.Series).ToHashSet(StringComparer.OrdinalIgnoreCase));
        var controls = Controls(data, commodity, request);
        var commodityPartners = partners.TryGetValue(commodity, out var p) ? p : new HashSet<Iso3>();
        return new BriefRow(
            commodity,
            stages,
            nir,
            exposure.DirectImport,
            commodityPartners.Count == 0 ? null : GroupShares.OfStage(data, commodity, Stage.Mining, commodityPartners, request.Year),
            commodityPartners.Count == 0 ? null : GroupShares.OfStage(data, commodity, Stage.Refining, commodityPartners, request.Year),
            commodityPartners.Count == 0 ? null : GroupShares.OfReserves(data, commodity, commodityPartners, request.Year),
            GroupShares.OfStage(data, commodity, Stage.Mining, c5, request.Year),
            GroupShares.OfStage(data, commodity, Stage.Refining, c5, request.Year),
            GroupShares.OfReserves(data, commodity, c5, request.Year),
            controls,
            MeasureSummary.Of(data, commodity, request.Importer, request.Supplier, request.AsOf),
            BriefFlag.For(request.Supplier.Code, stages, nir, controls.Any(c => c.InForce == true)));
    }

    /// <summary>One stage of a row: the world shares with the importer's traced share (exposure's figure); a stage without world shares
    /// but with a traced supply still shows the traced bounds, so no figure exposure shows is missing from the brief.</summary>
    private static StageSummary? StageRow(Dataset data, BriefRequest request, string commodity, Stage stage, ShareBounds? traced)
    {
        if (StageAnalysis.Summarise(data, commodity, stage, request.Supplier, request.Year) is { } summary)
        {
            return summary with
            {
                TracedShareLow = traced?.Low,
                TracedShareHigh = traced?.High,
                YearNote = request.Year is { } y && summary.Year is { } figure ? Vintages.Mark(figure, y) : null,
            };
        }
        return traced is { } t
            ? new StageSummary(null, null, false, [], null, "", "none",
                $"no world output shares for {commodity} {stage.Name()}; only {request.Importer.Code}'s traced supply", [], t.Low, t.High)
            : null;
    }

    /// <summary>
    /// Per commodity, the importer's partners, by the tie each agreement's type creates (<c>data/reference/agreement_types.csv</c>),
    /// among agreements the importer is party to, dated on or before the as-of date: members of a standing partnership it belongs to
    /// (the MSP, the MSP Forum) for every commodity; parties to a state-to-state agreement, framework or memorandum for the
    /// commodities it names (or their group). Declarations, dialogues, company contracts and truces make no partner, and the words
    /// "critical minerals" in an agreement's text make none either. The importer and the supplier of concern are left out: a deal
    /// with the supplier does not diversify away from it.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<Iso3>> AgreementPartners(Dataset data, BriefRequest request)
    {
        var result = new Dictionary<string, IReadOnlySet<Iso3>>(StringComparer.Ordinal);
        var agreements = data.Agreements.Where(a => a.Parties.Contains(request.Importer) && a.Date.Earliest <= request.AsOf).ToList();
        var members = agreements.Where(a => data.AgreementTypes.TieOf(a.Type) == AgreementTie.Membership).SelectMany(a => a.Parties).ToHashSet();
        var named = agreements.Where(a => data.AgreementTypes.TieOf(a.Type) == AgreementTie.Agreement).ToList();
        foreach (var commodity in BriefCommodities(data))
        {
            var group = data.Commodities.Find(commodity)?.MemberOf;
            var set = named
                .Where(a => a.Commodities.Contains(commodity, StringComparer.Ordinal) || (group is not null && a.Commodities.Contains(group, StringComparer.Ordinal)))
                .SelectMany(a => a.Parties)
                .Concat(members)
                .Where(c => c != request.Importer && c != request.Supplier)
                .ToHashSet();
            result[commodity] = set;
        }
        return result;
    }

    /// <remarks>One series per commodity (<see cref="NirSelector"/>: the commodity's headline import rule in
    /// <c>data/reference/usgs_import_categories.csv</c> when it has one, so the import category beside it measures the same material; else
    /// the series named after the commodity, then one matching a stage series of the row), then the figure of the brief's year or
    /// the newest before it, marked.</remarks>
    private static NirSummary? Nir(Dataset data, string commodity, BriefRequest request, IReadOnlySet<string> stageSeries)
    {
        if (NirSelector.Choose(data, commodity, request.Importer, request.Year, stageSeries) is not { } chosen)
        {
            return NirSelector.Choose(data, commodity, request.Importer, null, stageSeries) is { } later
                ? new NirSummary("not_available", null, null, null, "—", later.Year, later.Series,
                    $"no figure for {request.Year} or earlier; the series starts in {later.Year}", [], Vintages.Mark(later.Year, request.Year!.Value))
                : null;
        }
        var v = chosen.Value;
        return new NirSummary(KindName(v.Kind), v.Percent, v.Lower, v.Upper, v.ToString(), chosen.Year, chosen.Series, chosen.Note, [chosen.SourceId],
            request.Year is { } y ? Vintages.Mark(chosen.Year, y) : null);
    }

    private static string KindName(NirKind kind) => kind switch
    {
        NirKind.Exact => "exact",
        NirKind.GreaterThan => "greater_than",
        NirKind.LessThan => "less_than",
        NirKind.NetExporter => "net_exporter",
        NirKind.Withheld => "withheld",
        _ => "not_available",
    };

    private static IReadOnlyList<ControlSummary> Controls(Dataset data, string commodity, BriefRequest request) =>
        ControlSummary.Of(data, commodity, request.Importer, request.Supplier, request.AsOf);
}
