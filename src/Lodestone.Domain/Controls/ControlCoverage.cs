using Lodestone.Domain.Facts;
using Lodestone.Domain.KnowledgeBase;

namespace Lodestone.Domain.Controls;

/// <summary>Which export controls cover a commodity on a date: the one rule the brief, the mineral profile and the exposure
/// report list controls by.</summary>
/// <remarks>
/// A control covers a commodity when it names the commodity or one of its members ("rare earths (dysprosium)" under rare
/// earths). A measure on "all dual-use items" (MOFCOM Announcement No. 46 [2024] clause 1: no dual-use exports to U.S.
/// military end users) names none, so it covers every commodity its imposing country controls as a dual-use item on the
/// date: one for which that country has a dual-use licence requirement (<c>measure_type</c> says "dual-use") that has taken
/// effect by then. Gallium, germanium, graphite, antimony (2023–24) and bismuth, indium, molybdenum, tellurium and tungsten
/// (from 2025-02-04) are such items in the shipped data. Whether each is in force on the date is
/// <see cref="ExportControl.InForceOn"/>'s one rule.
/// </remarks>
public static class ControlCoverage
{
    /// <summary>The controls covering <paramref name="commodity"/> on <paramref name="asOf"/>, oldest first.</summary>
    public static IReadOnlyList<ExportControl> Covering(Dataset data, string commodity, DateOnly asOf)
    {
        var names = data.Commodities.MembersOf(commodity).Select(m => m.Name).Append(commodity).ToHashSet(StringComparer.Ordinal);
        return data.ExportControls
            .Where(c => c.Commodities.Any(names.Contains)
                        || (c.CoversAllDualUseItems && DualUseItems(data, c.Imposing, asOf).Overlaps(names)))
            .OrderBy(c => c.Date)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The commodities <paramref name="imposing"/> controls as dual-use items on <paramref name="asOf"/>: those of its
    /// dual-use licence requirements in effect by then.</summary>
    public static IReadOnlySet<string> DualUseItems(Dataset data, Model.Iso3 imposing, DateOnly asOf) =>
        data.ExportControls
            .Where(c => c.Imposing == imposing && c.IsDualUseLicensing && (c.EffectiveDate ?? c.Date).Earliest <= asOf)
            .SelectMany(c => c.Commodities)
            .ToHashSet(StringComparer.Ordinal);
}
