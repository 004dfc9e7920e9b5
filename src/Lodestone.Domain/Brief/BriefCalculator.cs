using System.Globalization;
using Lodestone.Domain.Facts;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Brief;

/// <summary>Computes the dependency brief: for an importer and a supplier of concern, how exposed each commodity is at each stage.</summary>
public static class BriefCalculator
{
    public static readonly IReadOnlyList<Stage> BriefStages = [Stage.Mining, Stage.Refining, Stage.Components];

    public static DependencyBrief Compute(Dataset data, BriefRequest request)
    {
        var partners = AgreementPartners(data, request);
        var c5 = data.Countries.InGroup(CountryGroups.C5).Select(c => c.Iso3).ToHashSet();
        var rows = BriefCommodities(data)
            .Select(c => Row(data, request, c, partners, c5))
            .ToList();
        var sourceIds = rows.SelectMany(SourceIdsOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
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

    public static BriefRow Row(Dataset data, BriefRequest request, string commodity, IReadOnlyDictionary<string, IReadOnlySet<Iso3>> partners, IReadOnlySet<Iso3> c5)
    {
        var exposure = Exposure.ExposureCalculator.For(data, request.Importer, request.Supplier, commodity);
        var stages = BriefStages.ToDictionary(s => s.Name(), s => StageAnalysis.Summarise(data, commodity, s, request.Supplier, request.Year) is { } summary
            ? summary with { TracedShareLow = exposure.At(s)?.Traced?.Share.Low, TracedShareHigh = exposure.At(s)?.Traced?.Share.High }
            : null);
        var nir = Nir(data, commodity, request, stages.Values.OfType<StageSummary>().Select(s => s.Series).ToHashSet(StringComparer.OrdinalIgnoreCase));
        var controls = Controls(data, commodity, request);
        var commodityPartners = partners.TryGetValue(commodity, out var p) ? p : new HashSet<Iso3>();
        return new BriefRow(
            commodity,
            stages,
            nir,
            ImportShareOf(data, commodity, request),
            commodityPartners.Count == 0 ? null : GroupShares.OfStage(data, commodity, Stage.Mining, commodityPartners, request.Year),
            commodityPartners.Count == 0 ? null : GroupShares.OfStage(data, commodity, Stage.Refining, commodityPartners, request.Year),
            commodityPartners.Count == 0 ? null : GroupShares.OfReserves(data, commodity, commodityPartners),
            GroupShares.OfStage(data, commodity, Stage.Mining, c5, request.Year),
            GroupShares.OfStage(data, commodity, Stage.Refining, c5, request.Year),
            GroupShares.OfReserves(data, commodity, c5),
            controls,
            BriefFlag.For(request.Supplier.Code, stages, nir, controls.Any(c => c.InForce == true)));
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

    /// <remarks>Where several NIR series exist (titanium sponge, pigment, concentrates), the commodity's import rule
    /// (the headline row of <c>data/reference/usgs_import_categories.csv</c>) names the one shown, so the import category beside it measures the same material;
    /// without a rule the series named after the commodity, then one matching a stage series of the row, wins.</remarks>
    private static NirSummary? Nir(Dataset data, string commodity, BriefRequest request, IReadOnlySet<string> stageSeries)
    {
        var rule = data.ImportCategories.Headline(commodity);
        var facts = data.NetImportReliance
            .Where(n => n.Commodity == commodity && n.Importer == request.Importer && (rule is null || n.Series == rule.NirSeries))
            .ToList();
        if (facts.Count == 0)
        {
            return null;
        }
        var targetYear = request.Year ?? facts.Where(f => f.Year <= request.AsOf.Year).Select(f => f.Year).DefaultIfEmpty(facts.Max(f => f.Year)).Max();
        // The production data year is the natural pairing; fall back to the latest earlier year.
        var inYear = facts.Where(f => f.Year <= targetYear).OrderByDescending(f => f.Year).ToList();
        if (inYear.Count == 0)
        {
            return null;
        }
        var latest = inYear.Where(f => f.Year == inYear[0].Year)
            .OrderBy(f => f.Series == commodity ? 0 : stageSeries.Contains(f.Series) ? 1 : 2).ThenBy(f => f.Series, StringComparer.Ordinal).First();
        var v = latest.Value;
        return new NirSummary(KindName(v.Kind), v.Percent, v.Lower, v.Upper, v.ToString(), latest.Year, latest.Series, latest.Note, [latest.SourceId]);
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

    private static ImportShare? ImportShareOf(Dataset data, string commodity, BriefRequest request)
    {
        // The list that measures what the NIR beside it measures (Metrics/ImportSourceSelector, usgs_import_categories.csv).
        if (Metrics.ImportSourceSelector.Choose(data, request.Importer, commodity) is not { } choice)
        {
            return null;
        }
        if (choice.MissingReason is { } reason)
        {
            var period = data.ImportSources.Where(f => f.Commodity == commodity && f.Importer == request.Importer && f.Period == choice.Period);
            return new ImportShare(null, choice.Period, null, reason, period.Select(f => f.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());
        }
        var chosen = choice.Sources;
        var supplier = chosen.FirstOrDefault(f => f.Partner == request.Supplier);
        // Not listed: USGS lists the largest sources, so the supplier's share is at most the smallest listed one ("Other" included).
        double? upper = supplier is null && chosen.Count > 0 ? chosen.Min(f => f.Share.Value) : null;
        var note = supplier is null ? $"{request.Supplier} not among the listed import sources" + (upper is null ? "" : ": at most the smallest listed source") : null;
        return new ImportShare(supplier?.Share.Value, choice.Period, choice.Category, note,
            chosen.Select(f => f.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), upper);
    }

    private static IReadOnlyList<ControlSummary> Controls(Dataset data, string commodity, BriefRequest request)
    {
        var members = data.Commodities.MembersOf(commodity).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        return data.ExportControls
            .Where(c => c.Imposing == request.Supplier && c.Commodities.Any(x => x == commodity || members.Contains(x)))
            .Where(c => c.AppliesTo(request.Importer))
            .OrderBy(c => c.Date)
            .Select(c => new ControlSummary(c.Id, c.Date.ToString(), c.MeasureType, c.TargetsText, c.StatusOn(request.AsOf), c.StatusAsOf?.ToString(),
                c.InForceOn(request.AsOf), c.SourceId))
            .ToList();
    }

    private static IEnumerable<string> SourceIdsOf(BriefRow row) =>
        row.Stages.Values.OfType<StageSummary>().SelectMany(s => s.SourceIds)
            .Concat(row.NetImportReliance?.SourceIds ?? [])
            .Concat(row.SupplierShareOfImports?.SourceIds ?? [])
            .Concat(row.PartnerShareOfMining?.SourceIds ?? [])
            .Concat(row.PartnerShareOfReserves?.SourceIds ?? [])
            .Concat(row.C5ShareOfMining?.SourceIds ?? [])
            .Concat(row.C5ShareOfReserves?.SourceIds ?? [])
            .Concat(row.PartnerShareOfRefining?.SourceIds ?? [])
            .Concat(row.C5ShareOfRefining?.SourceIds ?? [])
            .Concat(row.ExportControls.Select(c => c.SourceId));
}
