using Lodestone.Domain.Facts;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Metrics;

/// <summary>The one rule that picks an importer's net import reliance (NIR) for a commodity: the brief, the exposure trace, the
/// scenario compiler and the planner read it through here, so they quote the same series.</summary>
/// <remarks>
/// <list type="number">
/// <item>The series first, over every year the data hold, so a newer year of another series never switches it: the one the
/// commodity's headline import rule names (<c>data/reference/usgs_import_categories.csv</c>, <see cref="KnowledgeBase.Dataset.ImportCategories"/>), so the
/// import category beside it measures the same material; without a rule, the series named after the commodity; else one of <c>stageSeries</c> (the production series the view shows beside it, e.g. titanium
/// sponge); else the first by name.</item>
/// <item>Then the year within that series (<see cref="Vintages"/>): the figure of the requested year, else the newest before it
/// (the caller marks it); with no year, the newest. A caller that can only use some figures (exact values, not W or NA) passes
/// <c>usable</c>, which filters years within the chosen series, never the series.</item>
/// </list>
/// </remarks>
internal static class NirSelector
{
    /// <summary>The chosen figure, or null when the commodity has no NIR for the importer (or none usable up to the year).</summary>
    public static NetImportRelianceFact? Choose(Dataset dataset, string commodity, Iso3 importer, int? year,
        IReadOnlySet<string>? stageSeries = null, Func<NetImportRelianceFact, bool>? usable = null)
    {
        var facts = dataset.NetImportReliance.Where(n => n.Commodity == commodity && n.Importer == importer).ToList();
        if (Series(dataset, facts, commodity, stageSeries) is not { } series)
        {
            return null;
        }
        return facts.Where(f => f.Series == series && (year is null || f.Year <= year) && (usable?.Invoke(f) ?? true))
            .MaxBy(f => f.Year);
    }

    /// <summary>Every figure of the chosen series (all years, oldest first): for views that show the series over time.</summary>
    public static IReadOnlyList<NetImportRelianceFact> SeriesFigures(Dataset dataset, string commodity, Iso3 importer, IReadOnlySet<string>? stageSeries = null)
    {
        var facts = dataset.NetImportReliance.Where(n => n.Commodity == commodity && n.Importer == importer).ToList();
        return Series(dataset, facts, commodity, stageSeries) is { } series ? facts.Where(f => f.Series == series).OrderBy(f => f.Year).ToList() : [];
    }

    private static string? Series(Dataset dataset, IReadOnlyList<NetImportRelianceFact> facts, string commodity, IReadOnlySet<string>? stageSeries) =>
        dataset.ImportCategories.Headline(commodity) is { } rule
            ? facts.Any(f => f.Series == rule.NirSeries) ? rule.NirSeries : null
            : facts.Select(f => f.Series).Distinct(StringComparer.Ordinal)
                .OrderBy(s => s == commodity ? 0 : stageSeries?.Contains(s) == true ? 1 : 2)
                .ThenBy(s => s, StringComparer.Ordinal)
                .FirstOrDefault();
}
