using Lodestone.Domain.Brief;
using Lodestone.Domain.Exposure;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;

namespace Lodestone.Exposure.Contracts;

/// <summary>One commodity of an exposure report: traced share bounds, stage rows with partners, import shares, transit,
/// ownership, assumptions and what is missing.</summary>
/// <param name="ImportShare">Supplier's share of the importer's imports, 0–1 (<c>DirectImportShare</c>, the brief's
/// figure too); null without
/// import data or when only a bound is known (<paramref name="ImportShareUpper"/>).</param>
/// <param name="TracedStage">The stage the importer buys at, which <paramref name="TracedLow"/> and <paramref
/// name="TracedHigh"/> refer to.</param>
/// <param name="TracedLow">Share of the importer's supply at that stage that passed through the supplier there or
/// upstream, as proven by the data.</param>
/// <param name="TracedHigh">The most the data cannot rule out.</param>
/// <param name="Untraced">TracedHigh − TracedLow: the share whose origin could not be traced.</param>
/// <param name="DominatedStages">Stages where the supplier holds at least 80 % of world output, with its share.</param>
/// <param name="NetImportReliancePct">The importer's net import reliance as published (percent, possibly a bound such
/// as "&gt;50" or "E").</param>
/// <param name="NetImportRelianceYear">Its year.</param>
/// <param name="YearNotes">Each figure of another year than the report's, "NIR 2023 (latest available)",
/// "imports 2020-23 (latest available)"
/// (stage rows carry their own <c>year_note</c>).</param>
/// <param name="ExportControls">The supplier's export controls covering the commodity and applying to the importer,
/// judged on the as-of date.</param>
/// <param name="ImportShareUpper">When the supplier is not among USGS's listed import sources, the most it can hold
/// (the smallest listed share).</param>
/// <param name="ImportShareNote">Why the share is a bound or missing, or which BACI code and weights it was read
/// from.</param>
/// <param name="ImportShareSourceIds">The sources of the import share (USGS import sources or the BACI
/// release).</param>
public sealed record ExposureCommodityJson(
    string Commodity,
    double? ImportShare,
    string? TracedStage,
    double? TracedLow,
    double? TracedHigh,
    double? Untraced,
    IReadOnlyDictionary<string, double> DominatedStages,
    string? ImportPeriod,
    string? ImportCategory,
    string? NetImportReliancePct,
    IReadOnlyList<ExposureStageJson> Stages,
    TransitJson? Transit,
    IReadOnlyList<OwnershipJson> OwnershipUsed,
    IReadOnlyList<OwnershipJson> OwnershipContext,
    IReadOnlyList<string> Assumptions,
    IReadOnlyList<string> Missing,
    int? NetImportRelianceYear,
    IReadOnlyList<string> YearNotes,
    IReadOnlyList<ControlSummary> ExportControls,
    double? ImportShareUpper,
    string? ImportShareNote,
    IReadOnlyList<string> ImportShareSourceIds)
{
    /// <summary>The contract of one report read for <paramref name="year"/>, with the controls that cover it.</summary>
    public static ExposureCommodityJson From(
        ExposureReport r, int? year, IReadOnlyList<ControlSummary> controls) => new(
        r.Commodity, r.ImportShare, r.TracedStage?.Name(), r.Traced?.Low, r.Traced?.High, r.Untraced,
        r.Trace.DominatedStages.ToDictionary(d => d.Stage.Name(), d => d.Share), r.ImportPeriod, r.ImportCategory,
        r.NetImportReliance?.ToString(),
        r.Stages.Select(s => ExposureStageJson.From(s, year)).ToList(),
        r.Transit is { } t ? new TransitJson(t.TransitCountry.Code, t.Lower, t.Upper, t.Routes) : null,
        r.OwnershipUsed.Select(OwnershipJson.From).ToList(), r.OwnershipContext.Select(OwnershipJson.From).ToList(),
        r.Assumptions, r.Missing, r.NetImportRelianceYear, YearNotesOf(r, year), controls,
        r.DirectImport?.ShareUpper, r.DirectImport?.Note, r.DirectImport?.SourceIds ?? []);

    private static IReadOnlyList<string> YearNotesOf(ExposureReport r, int? year)
    {
        if (year is not { } y)
        {
            return [];
        }
        var notes = new List<string>();
        if (r.NetImportRelianceYear is { } n && Vintages.Mark(n, y) is { } nir)
        {
            notes.Add("NIR " + nir);
        }
        // A USGS period ("2021-24") belongs to the year it ends in; a BACI year is a year.
        if (r.ImportPeriod is { } p && Vintages.PeriodEnd(p) is > 0 && Vintages.MarkPeriod(p, y) is { } imports)
        {
            notes.Add("imports " + imports);
        }
        return notes;
    }
}
