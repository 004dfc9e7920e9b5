using System.Globalization;

namespace Lodestone.Simulation.Replays;

/// <summary>One market's plan compiled for replay: origins, backed projects and the scenario events that touch
/// them.</summary>
/// <remarks>
/// Per quarter t of a run: origin o delivers planned_o·(1 − max_e cut_e) over the active events e of o's country;
/// a backed project delivers its planned path shifted later by its sampled delay (and is cut like its country).
/// Stock keeps its origin as in the planner: one lot per origin, project and the opening stock; a source's delivery
/// fills its
/// planned build first, planned releases come from their own lots, and every unit released carries its lot's concern
/// content.
/// Volume lost from the supplier of concern is covered from the stockpile, else it is shortfall (the concern's own
/// restriction on the importer cannot be bought around); other lost volume is covered from the stockpile, else from
/// spot
/// purchases of concern content <see cref="ReplayMarket.SpotContent"/>; cover comes from the lots of least concern
/// content first.
/// The share is Σ c·volume ÷ Σ volume consumed on the cap's basis, as the planner computes it; the cap holds in the run
/// when every
/// capped quarter's share is ≤ cap + <see cref="Tolerance"/>.
/// </remarks>
internal sealed class MarketReplay
{
    /// <summary>Slack on the share test: the planner's own tolerance (solver feasibility leaves shares like
    /// 0.5000001).</summary>
    public const double Tolerance = 1e-6;

    private readonly ReplayMarket _market;
    private readonly IReadOnlyList<ReplayDisruption> _events;
    private readonly IReadOnlyList<ReplayProject> _projects;
    private readonly Dictionary<string, ReplayOrigin> _origins;
    private readonly IReadOnlyList<ReplayLot> _lots;
    private readonly Dictionary<string, int> _lotOf;
    private readonly int _opening;
    private readonly int[] _coverOrder;

    public MarketReplay(ReplayMarket market, IReadOnlyList<ReplayDisruption> events,
        IReadOnlyList<ReplayProject> projects)
    {
        _market = market;
        _events = events;
        _projects = projects;
        _origins = market.Origins.ToDictionary(o => o.Code, StringComparer.Ordinal);
        _lots = market.Lots;
        _lotOf = _lots.Select((l, i) => (l.Lot, i)).ToDictionary(x => x.Lot, x => x.i, StringComparer.Ordinal);
        _opening = _lots.ToList().FindIndex(l => l.Opening);
        _coverOrder = Enumerable.Range(0, _lots.Count)
            .OrderBy(k => _lots[k].ConcernContent).ThenBy(k => _lots[k].Lot, StringComparer.Ordinal).ToArray();
    }

    public string Label => _market.Label;

    /// <summary>Replays the plan with one run's draws.</summary>
    /// <returns>Whether every capped quarter keeps the cap, and unmet demand over the horizon (the plan's own plus the
    /// run's).</returns>
    public (bool Holds, double ShortfallUnits) Run(ReadOnlySpan<double> draws)
    {
        Span<int> shifts = _projects.Count <= 64 ? stackalloc int[_projects.Count] : new int[_projects.Count];
        for (var p = 0; p < _projects.Count; p++)
        {
            shifts[p] = _projects[p].DelayStream < 0 ? 0 : ReplayProject.ShiftQuarters(draws[_projects[p].DelayStream]);
        }
        var holds = true;
        double shortfall = 0;
        var levels = new double[_lots.Count];
        if (_opening >= 0)
        {
            levels[_opening] = _market.OpeningUnits;
        }
        for (var t = 0; t < _market.Quarters.Count; t++)
        {
            var (held, unmet) = Quarter(t, draws, shifts, levels);
            holds &= held;
            shortfall += unmet;
        }
        return (holds, shortfall);
    }

    /// <summary>Quarter <paramref name="t"/> of a run: whether the cap holds in it, and its unmet demand.</summary>
    private (bool Holds, double Shortfall) Quarter(
        int t, ReadOnlySpan<double> draws, ReadOnlySpan<int> shifts, double[] levels)
    {
        var q = _market.Quarters[t];
        var share = default(ShareTally);
        var (lostConcern, lostOther) = Deliveries(t, draws, shifts, levels, ref share);
        share.Use(q.Recycling, 0, _market.CountsRecycling);
        lostOther = Releases(t, levels, lostOther, ref share);
        // Cover for lost volume, the concern's first (nothing else replaces it), from the lots of least concern content
        // first.
        lostConcern = Cover(lostConcern, levels, ref share);
        lostOther = Cover(lostOther, levels, ref share);
        // Spot purchases replace the rest of the non-concern loss; they are imports, so they count on either basis.
        share.Use(lostOther, _market.SpotContent, true);
        var holds = !(q.CapApplies && _market.Cap is { } cap && share.Counted > 0
            && share.ConcernVolume / share.Counted > cap + Tolerance);
        return (holds, q.Shortfall + lostConcern);
    }

    /// <summary>What the origins and projects deliver in quarter <paramref name="t"/>; returns the volume lost from the
    /// concern and
    /// from everyone else.</summary>
    private (double Concern, double Other) Deliveries(
        int t, ReadOnlySpan<double> draws, ReadOnlySpan<int> shifts, double[] levels, ref ShareTally share)
    {
        double lostConcern = 0, lostOther = 0;
        foreach (var volume in _market.Quarters[t].Origins)
        {
            var origin = _origins[volume.Origin];
            var cut = CutOf(volume.Origin, t, draws);
            var lot = _lotOf.GetValueOrDefault(volume.Origin, -1);
            var delivered = volume.Total * (1 - cut);
            var lost = Deliver(t, lot, volume.Total, delivered, origin.ConcernContent, origin.Counts, levels,
                ref share);
            if (volume.Origin == _market.Concern)
            {
                lostConcern += lost;
            }
            else
            {
                lostOther += lost;
            }
        }
        for (var p = 0; p < _projects.Count; p++)
        {
            var project = _projects[p].Plan;
            var delivered = _projects[p].Delivered(t, shifts[p]) * (1 - CutOf(project.Country, t, draws));
            var lot = _lotOf.GetValueOrDefault("project:" + project.Id, -1);
            var planned = project.PlannedOutput[t];
            lostOther += Deliver(t, lot, planned, delivered, project.ConcernContent, project.Counts, levels, ref share);
        }
        return (lostConcern, lostOther);
    }

    /// <summary>What a source delivers goes to its lot first, as far as the plan builds it; the rest is consumed.
    /// Returns the lost
    /// volume: what the plan meant to consume from the source and did not get.</summary>
    private double Deliver(
        int t, int lot, double planned, double delivered, double content, bool counts, double[] levels,
        ref ShareTally share)
    {
        var build = lot < 0 ? 0 : Math.Min(_lots[lot].Builds[t], delivered);
        if (lot >= 0)
        {
            levels[lot] += build;
        }
        var plannedUse = planned - (lot < 0 ? 0 : _lots[lot].Builds[t]);
        share.Use(delivered - build, content, counts);
        return Math.Max(0, plannedUse - (delivered - build));
    }

    /// <summary>Planned releases come first, each from its own lot; a release the run's lot cannot make is lost volume
    /// too
    /// (added to <paramref name="lostOther"/>, lot by lot).</summary>
    private double Releases(int t, double[] levels, double lostOther, ref ShareTally share)
    {
        for (var k = 0; k < _lots.Count; k++)
        {
            var release = Math.Min(_lots[k].Releases[t], levels[k]);
            levels[k] -= release;
            share.Use(release, _lots[k].ConcernContent, _lots[k].Counts);
            lostOther += _lots[k].Releases[t] - release;
        }
        return lostOther;
    }

    /// <summary>Covers <paramref name="lost"/> from the stock, lots of least concern content first; returns what is
    /// left uncovered.</summary>
    private double Cover(double lost, double[] levels, ref ShareTally share)
    {
        foreach (var k in _coverOrder)
        {
            var cover = Math.Min(lost, levels[k]);
            levels[k] -= cover;
            lost -= cover;
            share.Use(cover, _lots[k].ConcernContent, _lots[k].Counts);
        }
        return lost;
    }

    /// <summary>The largest cut of the active events imposed by <paramref name="country"/> in quarter <paramref
    /// name="t"/> (the
    /// simulation engine's rule: overlapping measures do not compound).</summary>
    private double CutOf(string country, int t, ReadOnlySpan<double> draws)
    {
        double cut = 0;
        foreach (var e in _events)
        {
            if (e.Country == country && e.Active[t])
            {
                cut = Math.Max(cut, e.Cut(draws));
            }
        }
        return cut;
    }

    /// <summary>Words for the report: what this market's replay draws and applies.</summary>
    public IEnumerable<string> Describe(IReadOnlyList<string> streamNames)
    {
        yield return string.Create(CultureInfo.InvariantCulture,
            $"{Label}: spot purchases replacing lost non-{_market.Concern} volume carry {_market.SpotContent:0.###} "
            + $"{_market.Concern} content (the content-weighted share of the plan's new-offtake capacity, which is "
            + $"sized from each producer's output at the stage).");
        if (_events.Count == 0)
        {
            yield return $"{Label}: no event of the scenario restricts this commodity at this stage toward "
                + $"{_market.Importer} in the plan's quarters.";
        }
        foreach (var e in _events)
        {
            var quarters = Enumerable.Range(0, e.Active.Count).Where(t => e.Active[t])
                .Select(t => _market.Quarters[t].Quarter).ToList();
            yield return $"{Label}: event {e.Id} cuts {e.Country} deliveries (shipments and projects) by severity × "
                + $"(1 − approval), {streamNames[e.SeverityStream]} and {streamNames[e.ApprovalStream]}, in "
                + (quarters.Count == 0 ? "no plan quarter" : string.Join(", ", quarters)) + ".";
        }
        if (_projects.Count == 0)
        {
            yield return $"{Label}: the plan backs no project, so no project delay is drawn.";
        }
        foreach (var p in _projects)
        {
            yield return p.DelayStream < 0
                ? $"{Label}: project {p.Plan.Id} has no delay in the scenario; it delivers as planned."
                : $"{Label}: project {p.Plan.Id} slips by {streamNames[p.DelayStream]}, rounded up to whole quarters.";
        }
    }
}
