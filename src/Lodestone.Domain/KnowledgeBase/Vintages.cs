using System.Globalization;
using Lodestone.Domain.Facts;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.KnowledgeBase;

/// <summary>The one vintage rule: every view reads one data year, and a figure from another year says so.</summary>
/// <remarks>
/// <para>A view reads one data year Y (its vintage, <c>--year Y</c>). Each figure is the one published for Y; where the data have
/// none for Y, the newest one before Y, marked "YYYY (latest available)" (<see cref="Mark"/>). A figure published only for
/// years after Y is not shown as Y's: a view of 2023 never shows a 2024 figure.</para>
/// <para><b>Complete year.</b> A year is complete when every commodity with a USGS world production total (a WLD production row
/// with a figure, any year) has one for that year, and every commodity with a net import reliance (any importer, any year)
/// has one for that year. Published stage shares (IEA and others, each with its own year) do not count: they are marked
/// when their year differs. The default vintage is the newest complete year (<see cref="NewestComplete"/>); with the shipped
/// data that is 2024 (MCS 2025: production 2023–2024, NIR 2020–2024), since the MCS 2026 figures in the data (NIR 2025e,
/// import sources 2021–24) come without 2025 production. <c>--year 2025</c> reads them, marking each 2024 production
/// share as "2024 (latest available)".</para>
/// <para>An import-source period ("2021-24") belongs to the year it ends in.</para>
/// </remarks>
public static class Vintages
{
    /// <summary>Every year some USGS production total or net import reliance is published for, oldest first.</summary>
    public static IReadOnlyList<int> Years(Dataset dataset) =>
        WorldTotals(dataset).Select(p => p.Year).Concat(dataset.NetImportReliance.Select(n => n.Year)).Distinct().Order().ToList();

    /// <summary>Whether <paramref name="year"/> is complete: every commodity with a USGS world production total has one for it,
    /// and every commodity with a net import reliance has one for it.</summary>
    public static bool IsComplete(Dataset dataset, int year)
    {
        var totals = WorldTotals(dataset).ToList();
        var produced = totals.Select(p => p.Commodity).ToHashSet(StringComparer.Ordinal);
        var nir = dataset.NetImportReliance.Select(n => n.Commodity).ToHashSet(StringComparer.Ordinal);
        return (produced.Count > 0 || nir.Count > 0)
            && produced.SetEquals(totals.Where(p => p.Year == year).Select(p => p.Commodity))
            && nir.SetEquals(dataset.NetImportReliance.Where(n => n.Year == year).Select(n => n.Commodity));
    }

    /// <summary>The default vintage: the newest complete year; when no year is complete, the newest year with data; null for a
    /// dataset with neither production totals nor net import reliance.</summary>
    public static int? NewestComplete(Dataset dataset)
    {
        var years = Years(dataset);
        return years.Where(y => IsComplete(dataset, y)).Select(y => (int?)y).LastOrDefault() ?? years.Select(y => (int?)y).LastOrDefault();
    }

    /// <summary>How a figure of <paramref name="year"/> is marked in a view of <paramref name="vintage"/>: null when they are the
    /// same year, "YYYY (latest available)" for an older figure.</summary>
    public static string? Mark(int year, int vintage) =>
        year == vintage ? null
        : year < vintage ? year.ToString(CultureInfo.InvariantCulture) + " (latest available)"
        : year.ToString(CultureInfo.InvariantCulture) + " (after " + vintage.ToString(CultureInfo.InvariantCulture) + ")";

    /// <summary>The mark of an import-source period ("2020-23"), judged on the year it ends in.</summary>
    public static string? MarkPeriod(string period, int vintage) =>
        PeriodEnd(period) == vintage ? null
        : PeriodEnd(period) < vintage ? period + " (latest available)"
        : period + " (after " + vintage.ToString(CultureInfo.InvariantCulture) + ")";

    /// <summary>The last year a period such as "2021-24", "2020–23" or "2023" covers (0 when unreadable).</summary>
    public static int PeriodEnd(string period) => Metrics.ImportConcentration.PeriodEnd(period);

    private static IEnumerable<ProductionFact> WorldTotals(Dataset dataset) =>
        dataset.Production.Where(p => p.Kind == OutputKind.Production && p.Country == Iso3.World && p.Value is > 0);
}
