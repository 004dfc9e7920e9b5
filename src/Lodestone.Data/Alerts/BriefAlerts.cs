using Lodestone.Domain.Brief;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;

namespace Lodestone.Data.Alerts;

/// <summary>Raises an alert for every figure of the brief that an accepted change altered, against the baseline kept in
/// the database.</summary>
/// <remarks>
/// <para>Before and after are both briefs computed by <see cref="BriefCalculator"/> (the one place a brief is computed)
/// and read with <see cref="BriefFigures"/>; the "before" is the baseline stored by the previous comparison, so the
/// process that makes a change needs no copy of the old data, and a comparison that a crash skipped is caught up by the
/// next one (attributed to it).</para>
/// <para>The after-brief is computed for the baseline's as-of date, so only the data's change shows (a control coming
/// into force as the calendar moves is not an accepted change); the baseline then moves to today's brief.</para>
/// </remarks>
/// <param name="compute">How the briefs of a dataset at one or more as-of dates are obtained:
/// <see cref="BriefCalculator.ComputeAt"/> (the default, one pass for all the dates), or a cache in front of
/// it.</param>
public sealed class BriefAlerts(AlertStore store, Iso3 importer, Iso3 supplier,
    Func<Dataset, BriefRequest, IReadOnlyList<DateOnly>, IReadOnlyList<DependencyBrief>>? compute = null)
{
    private readonly Func<Dataset, BriefRequest, IReadOnlyList<DateOnly>, IReadOnlyList<DependencyBrief>> _compute =
        compute ?? BriefCalculator.ComputeAt;

    private const int MaxRounds = 5;

    /// <summary>Stores the brief of <paramref name="dataset"/> on <paramref name="today"/> as the baseline when there
    /// is none yet.</summary>
    /// <remarks>Call before making a change (and at a server's start), so the first change has something to be compared
    /// against.</remarks>
    public void EnsureBaseline(Dataset dataset, DateOnly today)
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            if (store.Baseline() is not null || store.Record(null, Baseline(0, dataset, today), [], "baseline", "first brief baseline") is not null)
            {
                return;
            }
        }
    }

    /// <summary>Compares the brief of <paramref name="dataset"/> (the data after the change) with the baseline, raises
    /// one alert per changed figure attributed to <paramref name="changeRef"/>, and moves the baseline to
    /// <paramref name="today"/>.</summary>
    /// <returns>The alerts raised (none when no figure changed).</returns>
    public IReadOnlyList<AlertRecord> Check(Dataset dataset, DateOnly today, string changeRef, string changeSummary)
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            var baseline = store.Baseline();
            if (baseline is null)
            {
                // No baseline: nothing to compare with; this brief becomes the first one.
                if (store.Record(null, Baseline(0, dataset, today), [], "baseline", "first brief baseline") is not null)
                {
                    return [];
                }
                continue;
            }
            var (after, next) = FiguresAt(dataset, baseline.AsOf, today);
            var changes = BriefFigures.Compare(baseline.Figures, after);
            if (changes.Count == 0 && baseline.AsOf == today)
            {
                return [];
            }
            var written = store.Record(baseline.Version, new BriefBaseline(baseline.Version + 1, importer.Code, supplier.Code, today, next, default),
                changes, changeRef, changeSummary);
            if (written is not null)
            {
                return written;
            }
        }
        throw new InvalidOperationException($"the brief baseline moved {MaxRounds} times while comparing: too many writers at once");
    }

    private BriefBaseline Baseline(long version, Dataset dataset, DateOnly today) =>
        new(version, importer.Code, supplier.Code, today, Figures(dataset, today), default);

    private IReadOnlyList<BriefFigure> Figures(Dataset dataset, DateOnly asOf) => FiguresAt(dataset, asOf, asOf).Today;

    /// <summary>The figures at the baseline's date (to compare with it) and today's (the next baseline), from one
    /// computation: a stale baseline costs one pass over the commodities, not two.</summary>
    private (IReadOnlyList<BriefFigure> AtBaseline, IReadOnlyList<BriefFigure> Today) FiguresAt(Dataset dataset,
        DateOnly asOf, DateOnly today)
    {
        IReadOnlyList<DateOnly> dates = asOf == today ? [today] : [asOf, today];
        var briefs = _compute(dataset, new BriefRequest(importer, supplier, null, asOf), dates);
        return (BriefFigures.Of(briefs[0]), BriefFigures.Of(briefs[^1]));
    }
}
