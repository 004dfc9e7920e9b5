namespace Lodestone.Domain.Brief;

/// <summary>The dependency brief: one row per commodity with data. Its JSON form is documented in docs/brief.md.</summary>
/// <remarks><c>Year</c> is the vintage every figure is read for (<see cref="KnowledgeBase.Vintages"/>); a figure of another year
/// carries a <c>YearNote</c>.</remarks>
/// <remarks>Shares are fractions 0–1; HHI is on the 0–10,000 scale. Null always means "no data", never zero.</remarks>
public sealed record DependencyBrief(
    string Importer,
    string Supplier,
    int? Year,
    string AsOf,
    IReadOnlyList<BriefRow> Rows,
    IReadOnlyList<SourceRef> Sources);

/// <summary>One commodity's line of the brief.</summary>
/// <param name="PartnerShareOfMining">Share of world mining (the stage's series) held by the importer's agreement partners.</param>
/// <param name="PartnerShareOfRefining">The same at the refining (refinery, smelter, plant) stage: the refining series' countries
/// over its world total, or the sum of the partners' published shares.</param>
/// <param name="C5ShareOfRefining">Share of world refining held by the C5 (Kazakh titanium sponge and magnesium metal …).</param>
/// <param name="TradeMeasures">The importer's trade measures on the supplier's exports of the commodity (<see cref="MeasureSummary.Of"/>).</param>
public sealed record BriefRow(
    string Commodity,
    IReadOnlyDictionary<string, StageSummary?> Stages,
    NirSummary? NetImportReliance,
    ImportShare? SupplierShareOfImports,
    GroupShare? PartnerShareOfMining,
    GroupShare? PartnerShareOfRefining,
    GroupShare? PartnerShareOfReserves,
    GroupShare? C5ShareOfMining,
    GroupShare? C5ShareOfRefining,
    GroupShare? C5ShareOfReserves,
    IReadOnlyList<ControlSummary> ExportControls,
    IReadOnlyList<MeasureSummary> TradeMeasures,
    string Flag)
{
    /// <summary>Every source a figure of the row cites: stages, NIR, import share, partner and C5 shares, controls and measures.</summary>
    public IEnumerable<string> SourceIds() =>
        Stages.Values.OfType<StageSummary>().SelectMany(s => s.SourceIds)
            .Concat(NetImportReliance?.SourceIds ?? [])
            .Concat(SupplierShareOfImports?.SourceIds ?? [])
            .Concat(PartnerShareOfMining?.SourceIds ?? [])
            .Concat(PartnerShareOfReserves?.SourceIds ?? [])
            .Concat(C5ShareOfMining?.SourceIds ?? [])
            .Concat(C5ShareOfReserves?.SourceIds ?? [])
            .Concat(PartnerShareOfRefining?.SourceIds ?? [])
            .Concat(C5ShareOfRefining?.SourceIds ?? [])
            .Concat(ExportControls.Select(c => c.SourceId))
            .Concat(TradeMeasures.Select(m => m.SourceId));
}

/// <summary>Concentration of one stage for one commodity.</summary>
/// <param name="SupplierShare">The supplier's share of world output of the stage; null when not published or not listed.</param>
/// <param name="Hhi">Herfindahl–Hirschman index, 0–10,000, over the countries listed.</param>
/// <param name="HhiIsLowerBound">True when unlisted output ("Other countries", rest of world) is left out of the HHI.</param>
/// <param name="Year">The year of the figures; null when the stage has no world share (basis "none").</param>
/// <param name="Basis">Where the shares come from: "production" (country figures over the world total), "published shares", or
/// "none" when the series rule says no world share can be computed (the note says why: boron has no USGS world total).</param>
/// <param name="Note">Why a figure is missing or qualified (withheld, not listed, proxy, approximate, no world total).</param>
/// <param name="TracedShareLow">Share of the importer's supply at this stage that passed through the supplier here or upstream, as
/// proven by production and trade data (docs/exposure.md); null when the importer has no data at this stage.</param>
/// <param name="TracedShareHigh">The most the data cannot rule out; the gap to <paramref name="TracedShareLow"/> is untraced.</param>
/// <param name="SupplierShareUpper">When the supplier is not listed by the source, the most it can hold: the "Other countries" row
/// over the world total (production), or what the listed countries leave (published shares); null when its share is known or
/// nothing bounds it. Shown as "≤ x %".</param>
/// <param name="YearNote">Null when <paramref name="Year"/> is the brief's year; else how it differs, "2022 (latest available)"
/// (<see cref="KnowledgeBase.Vintages"/>).</param>
public sealed record StageSummary(
    double? SupplierShare,
    double? Hhi,
    bool HhiIsLowerBound,
    IReadOnlyList<TopProducer> Top,
    int? Year,
    string Series,
    string Basis,
    string? Note,
    IReadOnlyList<string> SourceIds,
    double? TracedShareLow = null,
    double? TracedShareHigh = null,
    double? SupplierShareUpper = null,
    string? YearNote = null);

/// <summary>One of a stage's leading producers and its share of world output (the brief's top three).</summary>
public sealed record TopProducer(string Country, double Share);

/// <summary>A typed net import reliance: kind (exact, greater_than, less_than, net_exporter, withheld, not_available) with its bounds in percent.</summary>
/// <param name="YearNote">Null when <paramref name="Year"/> is the brief's year; else "2023 (latest available)".</param>
public sealed record NirSummary(string Kind, double? Percent, double? Lower, double? Upper, string Display, int Year, string Series, string? Note,
    IReadOnlyList<string> SourceIds, string? YearNote = null);

/// <summary>The supplier's share of the importer's imports over a period.</summary>
/// <param name="ShareUpper">When the supplier is not among the listed import sources, the most it can hold: the smallest listed
/// source's share (USGS lists the largest sources, then "Other"); null when its share is listed.</param>
/// <param name="YearNote">Null when <paramref name="Period"/> ends in the brief's year; else "2020-23 (latest available)", or, with
/// no share, the later period the data start with ("2021-24 (after 2023)").</param>
public sealed record ImportShare(double? Share, string Period, string? Category, string? Note, IReadOnlyList<string> SourceIds, double? ShareUpper = null,
    string? YearNote = null);

/// <summary>The share of world output of a stage, or of reserves, held by a group of countries.</summary>
/// <param name="IsLowerBound">True when a member's figure is a lower bound or unpublished (W), so the true share can be higher.</param>
public sealed record GroupShare(double Share, IReadOnlyList<string> Countries, bool IsLowerBound, string? Note, IReadOnlyList<string> SourceIds);

/// <summary>An export control of the supplier on the commodity, with its status judged on the brief's as-of date.</summary>
/// <param name="InForce">Whether it restricts exports on the as-of date (<see cref="Facts.ExportControl.InForceOn"/>); null when the record cannot tell.</param>
public sealed record ControlSummary(string Id, string Date, string MeasureType, string Targets, string Status, string? StatusAsOf, bool? InForce, string SourceId)
{
    /// <summary>The controls covering the commodity (<see cref="Controls.ControlCoverage"/>) that apply to the importer, imposed by
    /// <paramref name="supplier"/> (null: by any country), each judged on <paramref name="asOf"/>: the list the brief, the exposure
    /// report and the risk answer show.</summary>
    public static IReadOnlyList<ControlSummary> Of(KnowledgeBase.Dataset data, string commodity, Model.Iso3 importer, Model.Iso3? supplier, DateOnly asOf) =>
        Controls.ControlCoverage.Covering(data, commodity, asOf)
            .Where(c => (supplier is null || c.Imposing == supplier) && c.AppliesTo(importer))
            .Select(c => new ControlSummary(c.Id, c.Date.ToString(), c.MeasureType, c.TargetsText, c.StatusOn(asOf), c.StatusAsOf?.ToString(),
                c.InForceOn(asOf), c.SourceId))
            .ToList();
}

/// <summary>A source cited by the brief.</summary>
public sealed record SourceRef(string Id, string Title, string? Url, string? Published);
