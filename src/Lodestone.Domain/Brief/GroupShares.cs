using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Metrics;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Brief;

/// <summary>Shares of world output of a stage (mining, refining) and of reserves held by a set of countries (agreement partners,
/// the C5).</summary>
/// <remarks>
/// A stage: the series and year <see cref="StageSeriesSelector"/> chooses (the one rule every view uses). Production: the sum of the
/// members' published figures over the world total of the same series (Kazakhstan's 14,000 t of 320,000 t titanium sponge in
/// 2024); published shares: the sum of the members' published shares. Reserves: the WLD row. Members with no published figure
/// (W, NA, or not listed) add nothing; the share is a lower bound when a member is listed without a figure, or (stages) when a
/// member is not listed while the source has a remainder ("Other countries", rest of world) that may hold its output.
/// </remarks>
internal static class GroupShares
{
    public static GroupShare? OfStage(Dataset data, string commodity, Stage stage, IReadOnlySet<Iso3> members, int? year)
    {
        switch (StageSeriesSelector.Choose(data, commodity, stage, year))
        {
            case { Basis: ShareBasis.ProductionOverWorldTotal } chosen:
                var world = chosen.World!.Value!.Value;
                var share = Sum(chosen.Production.Select(r => (r.Country, r.Value, r.IsLowerBound, r.SourceId)), members, world, null);
                var other = chosen.Production.FirstOrDefault(r => r.Country == Iso3.Other)?.Value is > 0;
                return Unlisted(share, members, chosen.Production.Select(r => r.Country), other, "'Other countries'");
            case { } published:
                var countries = published.Published.Where(p => p.Country is not null).ToList();
                var sum = Sum(countries.Select(p => (p.Country!.Value, p.Share?.Value, p.Qualifier is not ("=" or "~"), p.SourceId)), members, 1,
                    published.IsProxy ? "PROXY: mine-stage shares stand in for the missing processing split" : null);
                var rest = 1 - countries.Where(p => !p.Country!.Value.IsAggregate).Sum(p => p.Share?.Value ?? 0) > 1e-9;
                return Unlisted(sum, members, countries.Select(p => p.Country!.Value), rest, "what the listed countries leave");
            default:
                return null;
        }
    }

    /// <summary>Members the source does not list may produce inside its remainder ("Other countries", rest of world), so where one
    /// exists the group's share is a lower bound: not listed is not zero.</summary>
    private static GroupShare Unlisted(GroupShare share, IReadOnlySet<Iso3> members, IEnumerable<Iso3> listed, bool remainder, string where)
    {
        var rows = listed.ToHashSet();
        var missing = members.Where(m => !rows.Contains(m)).Select(m => m.Code).Order(StringComparer.Ordinal).ToList();
        if (!remainder || missing.Count == 0)
        {
            return share;
        }
        var names = missing.Count <= 5 ? string.Join(", ", missing) : $"{missing.Count} members";
        return share with { IsLowerBound = true, Note = Join(share.Note, $"{names} not listed: any output is inside {where}") };
    }

    /// <summary>The members' share of world reserves in the estimate a view of <paramref name="year"/> reads (<see cref="ReserveVintage"/>);
    /// an estimate of a later year is marked in the note.</summary>
    public static GroupShare? OfReserves(Dataset data, string commodity, IReadOnlySet<Iso3> members, int? year)
    {
        var rows = ReserveVintage.Of(data, commodity, year).ToList();
        // Several reserve series can share a commodity (PGM group rows); keep the one with a world total.
        var world = rows.FirstOrDefault(r => r.Country == Iso3.World && r.Value is > 0);
        if (world is null)
        {
            return null;
        }
        var sameUnit = rows.Where(r => r.Unit == world.Unit).ToList();
        var mark = year is { } y ? Vintages.Mark(world.Year, y) : null;
        var share = Sum(sameUnit.Select(r => (r.Country, r.Value, r.IsLowerBound, r.SourceId)), members, world.Value!.Value,
            mark is null ? null : "reserves estimate of " + mark);
        return world.IsLowerBound
            ? share with { Note = Join(share.Note, "world total is a lower bound, so the share may be overstated") }
            : share;
    }

    private static GroupShare Sum(IEnumerable<(Iso3 Country, double? Value, bool LowerBound, string SourceId)> rows, IReadOnlySet<Iso3> members, double total, string? note)
    {
        var listed = rows.Where(r => members.Contains(r.Country)).ToList();
        var sum = listed.Sum(r => r.Value ?? 0);
        var unpublished = listed.Where(r => r.Value is null).Select(r => r.Country.Code).ToList();
        var lowerBound = unpublished.Count > 0 || listed.Any(r => r.LowerBound);
        if (unpublished.Count > 0)
        {
            note = Join(note, "no figure for " + string.Join(", ", unpublished));
        }
        return new GroupShare(
            sum / total,
            listed.Where(r => r.Value is > 0).Select(r => r.Country.Code).Order(StringComparer.Ordinal).ToList(),
            lowerBound,
            note,
            listed.Select(r => r.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());
    }

    private static string Join(string? a, string b) => a is null ? b : a + "; " + b;
}
