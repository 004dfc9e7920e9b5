using System.Globalization;
using Lodestone.Domain.Exposure.Tracing;
using Lodestone.Domain.Facts;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Metrics;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Brief;

/// <summary>Computes the dependency brief: for an importer and a supplier of concern, how exposed each commodity is at
/// each stage.</summary>
public static class BriefCalculator
{
    /// <summary>The stages a brief reports, upstream first: mining, refining, components (recycling has no
    /// column).</summary>
    public static readonly IReadOnlyList<Stage> BriefStages = [Stage.Mining, Stage.Refining, Stage.Components];

    /// <summary>The brief for the request's vintage (<see cref="Vintages"/>: the requested year, else the newest
    /// complete one); every figure from another year carries its mark (<c>year_note</c>).</summary>
    public static DependencyBrief Compute(Dataset data, BriefRequest request) =>
        ComputeAt(data, request, [request.AsOf])[0];

    /// <summary>The briefs of <paramref name="request"/> at each date of <paramref name="asOf"/>, in one pass over the
    /// commodities: each equals <see cref="Compute"/> at its date.</summary>
    /// <remarks>Only agreements (partners), export controls and trade measures depend on the as-of date; exposure,
    /// stage shares, net import reliance and the C5 shares depend on the year alone, so they are computed once per
    /// commodity. A comparison of two dates (the brief alerts' baseline day and today) costs one exposure pass, not
    /// two.</remarks>
    public static IReadOnlyList<DependencyBrief> ComputeAt(Dataset data, BriefRequest request,
        IReadOnlyList<DateOnly> asOf)
    {
        request = request with { Year = request.Year ?? Vintages.NewestComplete(data) };
        var requests = asOf.Select(d => request with { AsOf = d }).ToList();
        var partners = requests.Select(r => AgreementPartners(data, r)).ToList();
        var c5 = data.Countries.InGroup(CountryGroups.C5).Select(c => c.Iso3).ToHashSet();
        var rows = requests.Select(_ => new List<BriefRow>()).ToList();
        foreach (var commodity in BriefCommodities(data))
        {
            var basis = YearBasis.Of(data, request, commodity, c5);
            for (var i = 0; i < requests.Count; i++)
            {
                rows[i].Add(Row(data, requests[i], commodity, partners[i], basis));
            }
        }
        return requests.Select((r, i) => Brief(data, r, rows[i])).ToList();
    }

    private static DependencyBrief Brief(Dataset data, BriefRequest request, List<BriefRow> rows)
    {
        SourceRef? Cited(string id) =>
            data.Sources.TryGetValue(id, out var s)
                ? new SourceRef(s.Id, s.Title, s.Url, s.Published?.ToString())
                : null;
        var sources = rows.SelectMany(r => r.SourceIds()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(Cited)
            .OfType<SourceRef>()
            .ToList();
        return new DependencyBrief(request.Importer.Code, request.Supplier.Code, request.Year,
            request.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), rows, sources);
    }

    /// <summary>Commodities with stage or trade data, minerals only (products such as batteries are left
    /// out).</summary>
    public static IReadOnlyList<string> BriefCommodities(Dataset data) =>
        data.CommoditiesWithData()
            .Where(c => data.Commodities.Find(c) is { Kind: not CommodityKind.Product })
            .ToList();

    /// <summary>One commodity's row of the brief: per-stage shares and exposure, NIR, controls and partners, read for
    /// the request's year (<see cref="Compute"/> resolves it first).</summary>
    /// <param name="partners">Agreement partners of the importer, by commodity.</param>
    /// <param name="c5">The Central Asian (C5) countries.</param>
    public static BriefRow Row(Dataset data, BriefRequest request, string commodity,
        IReadOnlyDictionary<string, IReadOnlySet<Iso3>> partners, IReadOnlySet<Iso3> c5) =>
        Row(data, request, commodity, partners, YearBasis.Of(data, request, commodity, c5));

    /// <summary>The row at the request's as-of date over <paramref name="basis"/>, the part that depends on the year
    /// alone.</summary>
    private static BriefRow Row(Dataset data, BriefRequest request, string commodity,
        IReadOnlyDictionary<string, IReadOnlySet<Iso3>> partners, YearBasis basis)
    {
        var controls = Controls(data, commodity, request);
        var commodityPartners = partners.TryGetValue(commodity, out var p) ? p : new HashSet<Iso3>();
        GroupShare? Partners(Func<IReadOnlySet<Iso3>, GroupShare?> share) =>
            commodityPartners.Count == 0 ? null : share(commodityPartners);
        return new BriefRow(
            commodity,
            basis.Stages,
            basis.NetImportReliance,
            basis.Report.DirectImport,
            Partners(m => GroupShares.OfStage(data, commodity, Stage.Mining, m, request.Year)),
            Partners(m => GroupShares.OfStage(data, commodity, Stage.Refining, m, request.Year)),
            Partners(m => GroupShares.OfReserves(data, commodity, m, request.Year)),
            basis.C5Mining,
            basis.C5Refining,
            basis.C5Reserves,
            controls,
            MeasureSummary.Of(data, commodity, request.Importer, request.Supplier, request.AsOf),
            BriefFlag.For(request.Supplier.Code, basis.Stages, basis.NetImportReliance, controls.Any(c => c.InForce == true)));
    }

    /// <summary>What a commodity's row reads for the request's year whatever the as-of date: exposure, stage rows, NIR
    /// and the C5 shares.</summary>
    private sealed record YearBasis(
        Exposure.ExposureReport Report,
        Dictionary<string, StageSummary?> Stages,
        NirSummary? NetImportReliance,
        GroupShare? C5Mining,
        GroupShare? C5Refining,
        GroupShare? C5Reserves)
    {
        public static YearBasis Of(Dataset data, BriefRequest request, string commodity, IReadOnlySet<Iso3> c5)
        {
            var (importer, supplier) = (request.Importer, request.Supplier);
            var exposure = Domain.Exposure.ExposureCalculator.For(data, importer, supplier, commodity, request.Year);
            var stages = BriefStages.ToDictionary(s => s.Name(),
                s => StageRow(data, request, commodity, s, exposure.At(s)?.Traced?.Share));
            var series = stages.Values.OfType<StageSummary>().Select(s => s.Series)
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            return new YearBasis(exposure, stages, Nir(data, commodity, request, series),
                GroupShares.OfStage(data, commodity, Stage.Mining, c5, request.Year),
                GroupShares.OfStage(data, commodity, Stage.Refining, c5, request.Year),
                GroupShares.OfReserves(data, commodity, c5, request.Year));
        }
    }

    /// <summary>One stage of a row: the world shares with the importer's traced share (exposure's figure); a stage
    /// without world shares but with a traced supply still shows the traced bounds, so no figure exposure shows is
    /// missing from the brief.</summary>
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
    /// Per commodity, the importer's partners, by the tie each agreement's type creates
    /// (<c>data/reference/agreement_types.csv</c>), among agreements the importer is party to, dated on or before the
    /// as-of date: members of a standing partnership it belongs to (the MSP, the MSP Forum) for every commodity;
    /// parties to a state-to-state agreement, framework or memorandum for the commodities it names (or their group).
    /// Declarations, dialogues, company contracts and truces make no partner, and the words "critical minerals" in an
    /// agreement's text make none either. The importer and the supplier of concern are left out: a deal with the
    /// supplier does not diversify away from it.
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
    /// <c>data/reference/usgs_import_categories.csv</c> when it has one, so the import category beside it measures the
    /// same material; else the series named after the commodity, then one matching a stage series of the row), then the
    /// figure of the brief's year or the newest before it, marked.</remarks>
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
