using Lodestone.Domain.Model;

namespace Lodestone.Domain.Facts;

/// <summary>A dated export control: ban, licence requirement, quota or their suspension.</summary>
/// <param name="Id">Row id as in the data file ("CHN-2024-046-GA").</param>
/// <param name="Date">Announcement date.</param>
/// <param name="EffectiveDate">Date the measure applies from, when published.</param>
/// <param name="Imposing">The country imposing the measure.</param>
/// <param name="Commodities">Canonical commodity names it covers (empty when it covers e.g. "all dual-use items").</param>
/// <param name="CommodityText">The commodity field as published.</param>
/// <param name="Stages">Stages it covers, parsed from <paramref name="StageText"/>; empty when the text names none.</param>
/// <param name="Targets">Targeted countries; empty means all destinations.</param>
/// <param name="TargetsText">The targets field as published.</param>
/// <param name="Status">Status as published ("in force", "suspended", "ended" …).</param>
/// <param name="StatusAsOf">Date of the newest source confirming <paramref name="Status"/>. A status is never shown without it.</param>
/// <param name="SuspendedFrom">Start of a suspension window, if any.</param>
/// <param name="SuspendedUntil">End of a suspension window, if any.</param>
public sealed record ExportControl(
    string Id,
    PartialDate Date,
    PartialDate? EffectiveDate,
    Iso3 Imposing,
    string? MeasureRef,
    IReadOnlyList<string> Commodities,
    string CommodityText,
    string? ItemsScope,
    IReadOnlyList<Stage> Stages,
    string? StageText,
    string MeasureType,
    IReadOnlyList<Iso3> Targets,
    string TargetsText,
    string Status,
    PartialDate? StatusAsOf,
    PartialDate? SuspendedFrom,
    PartialDate? SuspendedUntil,
    string SourceId,
    string? Notes)
{
    /// <summary>True for records that relax other controls (a suspension, a general licence) rather than restrict exports.</summary>
    public bool IsRelaxation =>
        MeasureType.StartsWith("suspension", StringComparison.OrdinalIgnoreCase)
        || MeasureType.StartsWith("general licen", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a measure on "all dual-use items", which names no commodity (see <c>Controls.ControlCoverage</c>).</summary>
    public bool CoversAllDualUseItems => CommodityText.StartsWith("all dual-use items", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a licence requirement on dual-use items ("licence requirement (dual-use export licence)").</summary>
    public bool IsDualUseLicensing =>
        MeasureType.StartsWith("licence requirement", StringComparison.OrdinalIgnoreCase)
        && MeasureType.Contains("dual-use", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the measure applies to every destination.</summary>
    public bool TargetsAll => Targets.Count == 0;

    /// <summary>Whether the measure applies to exports to <paramref name="importer"/>.</summary>
    public bool AppliesTo(Iso3 importer) => TargetsAll || Targets.Contains(importer);

    /// <summary>The effective status on <paramref name="date"/>, judged from dates in the record.</summary>
    /// <remarks>
    /// "ended" when the published status says so; "suspended until …" inside the suspension window; "pending" before the
    /// measure takes effect; once a suspension window has closed and no source dated after its end confirms the status,
    /// "suspension ended YYYY-MM-DD; status since then unknown"; otherwise the published status. The answer is only as
    /// fresh as <see cref="StatusAsOf"/>, which callers show beside it.
    /// </remarks>
    public string StatusOn(DateOnly date)
    {
        if (Status.StartsWith("ended", StringComparison.OrdinalIgnoreCase))
        {
            return "ended";
        }
        if (SuspendedFrom is { } from && SuspendedUntil is { } until && date >= from.Earliest && date <= until.Latest)
        {
            return "suspended until " + until;
        }
        var start = (EffectiveDate ?? Date).Earliest;
        if (date < start)
        {
            return "pending (from " + (EffectiveDate ?? Date) + ")";
        }
        if (SuspendedUntil is { } u && date > u.Latest && (StatusAsOf is null || StatusAsOf.Value.Earliest <= u.Latest))
        {
            return SuspensionEnded + " " + u + "; status since then unknown";
        }
        return Status;
    }

    /// <summary>Whether the measure restricts exports on <paramref name="date"/>: the one in-force rule every view uses.</summary>
    /// <returns>False for relaxations (suspensions, general licences) and for ended, suspended or pending measures; null when the
    /// record cannot tell (a suspension ended and no newer source says what followed); true otherwise.</returns>
    public bool? InForceOn(DateOnly date)
    {
        var status = StatusOn(date);
        if (status.StartsWith(SuspensionEnded, StringComparison.Ordinal))
        {
            return IsRelaxation ? false : null;
        }
        return !IsRelaxation
               && !status.StartsWith("ended", StringComparison.Ordinal)
               && !status.StartsWith("suspended", StringComparison.OrdinalIgnoreCase)
               && !status.StartsWith("pending", StringComparison.Ordinal);
    }

    private const string SuspensionEnded = "suspension ended";
}
