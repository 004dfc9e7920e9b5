using Lodestone.Domain.Facts;
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
/// (W, NA, or not listed) add nothing and mark the share as a lower bound when they are listed without a figure.
/// </remarks>
public static class GroupShares
{
    public static GroupShare? OfStage(Dataset data, string commodity, Stage stage, IReadOnlySet<Iso3> members, int? year) =>
        StageSeriesSelector.Choose(data, commodity, stage, year) switch
        {
            { Basis: ShareBasis.ProductionOverWorldTotal } chosen =>
                Sum(chosen.Production.Select(r => (r.Country, r.Value, r.IsLowerBound, r.SourceId)), members, chosen.World!.Value!.Value, null),
            { } chosen => Sum(chosen.Published.Where(p => p.Country is not null)
                    .Select(p => (p.Country!.Value, p.Share?.Value, p.Qualifier is not ("=" or "~"), p.SourceId)), members, 1,
                chosen.IsProxy ? "PROXY: mine-stage shares stand in for the missing processing split" : null),
            null => null,
        };

    public static GroupShare? OfReserves(Dataset data, string commodity, IReadOnlySet<Iso3> members)
    {
        var rows = data.Reserves.Where(r => r.Commodity == commodity).ToList();
        // Several reserve series can share a commodity (PGM group rows); keep the one with a world total.
        var world = rows.FirstOrDefault(r => r.Country == Iso3.World && r.Value is > 0);
        if (world is null)
        {
            return null;
        }
        var sameUnit = rows.Where(r => r.Unit == world.Unit).ToList();
        var share = Sum(sameUnit.Select(r => (r.Country, r.Value, r.IsLowerBound, r.SourceId)), members, world.Value!.Value, null);
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
