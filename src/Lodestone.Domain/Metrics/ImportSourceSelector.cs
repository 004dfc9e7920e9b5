using System.Globalization;
using Lodestone.Domain.Facts;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Metrics;

/// <summary>Which USGS import-source rows answer a question: the category the data's rule names, in its newest period.</summary>
/// <remarks>
/// The one place the brief, risk (HHI, GeoPolRisk), exposure tracing, the simulation and the planner choose import shares,
/// by <see cref="ImportCategoryRules"/> (data/reference/usgs_import_categories.csv): the headline category measures what the NIR
/// beside it measures (titanium: sponge metal, not TiO2 pigment; copper and zinc: refined metal); a headline without a category
/// (magnesium) answers with its reason and no list; a category without a rule is never used.
/// </remarks>
public static class ImportSourceSelector
{
    /// <summary>Import shares summing within 2 points of 100 % are rounding and are normalised; a larger gap is an unnamed partner.</summary>
    public const double RoundingTolerance = 0.02;

    /// <summary>The commodity's headline list (the one quoted beside its NIR), or null when the importer has no import sources; with
    /// <paramref name="year"/>, only periods ending in that year or before (a period belongs to the year it ends in, <see cref="Vintages"/>).</summary>
    public static ImportSourceChoice? Choose(Dataset dataset, Iso3 importer, string commodity, int? year = null)
    {
        var facts = dataset.ImportSources
            .Where(i => i.Commodity == commodity && i.Importer == importer && (year is null || ImportConcentration.PeriodEnd(i.Period) <= year))
            .ToList();
        if (facts.Count == 0 || dataset.ImportCategories.Headline(commodity) is not { } rule)
        {
            return null;
        }
        if (rule.Category is null)
        {
            return new ImportSourceChoice(Newest(facts), null, [], "no import category measures what the NIR measures: " + rule.Reason);
        }
        var rows = Latest(facts, rule.Category);
        return rows.Count == 0 ? null : new ImportSourceChoice(rows[0].Period, rows[0].Category, rows, null);
    }

    /// <summary>The rows of the commodity's headline category, newest period; empty when there is none.</summary>
    public static IReadOnlyList<ImportSourceFact> Headline(Dataset dataset, Iso3 importer, string commodity, int? year = null) =>
        Choose(dataset, importer, commodity, year)?.Sources ?? [];

    /// <summary>The rows of the category that gives the weights at <paramref name="stage"/>, newest period (ending in
    /// <paramref name="year"/> or before, when given); empty when there is none.</summary>
    public static IReadOnlyList<ImportSourceFact> AtStage(Dataset dataset, Iso3 importer, string commodity, Stage stage, int? year = null) =>
        dataset.ImportCategories.AtStage(commodity, stage) is { Category: { } category } ? OfCategory(dataset, importer, commodity, category, year) : [];

    /// <summary>The rows of one named category (a scenario's <c>import_category</c>), newest period (ending in <paramref name="year"/>
    /// or before, when given).</summary>
    public static IReadOnlyList<ImportSourceFact> OfCategory(Dataset dataset, Iso3 importer, string commodity, string category, int? year = null) =>
        Latest(dataset.ImportSources.Where(f => f.Importer == importer && f.Commodity == commodity
            && (year is null || ImportConcentration.PeriodEnd(f.Period) <= year)).ToList(), category);

    /// <summary>Partner weights of one list (summing to 1), and the note when part of them is an unnamed partner.</summary>
    public static (Dictionary<Iso3, double> Weights, string? Gap) Weights(IReadOnlyList<ImportSourceFact> sources) =>
        Weights(sources.Select(s => (s.Partner, s.Share.Value)).ToList());

    /// <summary>Partner weights of (partner, share) pairs, as <see cref="Weights(IReadOnlyList{ImportSourceFact})"/>.</summary>
    public static (Dictionary<Iso3, double> Weights, string? Gap) Weights(IReadOnlyList<(Iso3 Partner, double Share)> sources)
    {
        var published = sources.Sum(s => s.Share);
        var weights = sources.GroupBy(s => s.Partner).ToDictionary(g => g.Key, g => g.Sum(s => s.Share));
        if (published < 1 - RoundingTolerance)
        {
            weights[Iso3.Other] = weights.GetValueOrDefault(Iso3.Other) + (1 - published);
            return (weights, $"published import shares sum to {Pct(published)} %: the remaining {Pct(1 - published)} % is an unnamed partner");
        }
        return (weights.ToDictionary(kv => kv.Key, kv => kv.Value / published), null);
    }

    private static string Pct(double f) => (f * 100).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>The newest period's rows of one category (periods compared by the last year they cover, then by text).</summary>
    private static IReadOnlyList<ImportSourceFact> Latest(IReadOnlyList<ImportSourceFact> facts, string category)
    {
        var rows = facts.Where(f => string.Equals(f.Category, category, StringComparison.OrdinalIgnoreCase)).ToList();
        return rows.Count == 0 ? [] : rows.Where(f => f.Period == Newest(rows)).ToList();
    }

    /// <summary>The newest period: by the last year it covers ("2021-24" after "2020–23"), then by text.</summary>
    private static string Newest(IReadOnlyList<ImportSourceFact> facts) =>
        facts.Select(f => f.Period).OrderByDescending(ImportConcentration.PeriodEnd).ThenByDescending(p => p, StringComparer.Ordinal).First();
}
