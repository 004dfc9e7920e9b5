using Lodestone.Domain.Facts;

namespace Lodestone.Domain.KnowledgeBase;

/// <summary>Which reserve estimate a view of one data year reads (<see cref="Vintages"/>'s rule applied to reserves).</summary>
/// <remarks>Reserves are estimated once per edition (MCS 2025: end-2024), not every year, so a view of year Y reads the newest
/// estimate for Y or before. Where the data hold only later estimates (a view of 2023 with MCS 2025 reserves), the oldest later one
/// is read and marked "2024 (after 2023)": showing it marked beats hiding the only estimate, and it is never shown as Y's.</remarks>
public static class ReserveVintage
{
    /// <summary>The estimate year a view of <paramref name="year"/> reads among <paramref name="rows"/> (null: the newest); null when
    /// there are no rows.</summary>
    public static int? Year(IEnumerable<ReserveFact> rows, int? year)
    {
        var years = rows.Select(r => r.Year).Distinct().Order().ToList();
        if (years.Count == 0)
        {
            return null;
        }
        if (year is not { } y)
        {
            return years[^1];
        }
        var before = years.Where(e => e <= y).ToList();
        return before.Count > 0 ? before[^1] : years[0];
    }

    /// <summary>The rows of <paramref name="commodity"/> of the estimate a view of <paramref name="year"/> reads.</summary>
    public static IReadOnlyList<ReserveFact> Of(Dataset dataset, string commodity, int? year)
    {
        var rows = dataset.Reserves.Where(r => r.Commodity == commodity).ToList();
        return Year(rows, year) is { } chosen ? rows.Where(r => r.Year == chosen).ToList() : [];
    }
}
