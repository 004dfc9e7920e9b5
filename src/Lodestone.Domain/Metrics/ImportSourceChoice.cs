using System.Globalization;
using Lodestone.Domain.Facts;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Metrics;

/// <summary>Which USGS import-source rows answer a question: the category the data's rule names, in its latest period.</summary>
/// <remarks>
/// The one place the brief, risk, exposure tracing, the simulation and the planner choose import shares
/// (<see cref="ImportCategoryRules"/>). A category without a rule is never used as weights.
/// </remarks>
public static class ImportSourceChoice
{
    /// <summary>The rows of the commodity's headline category, latest period; empty when there is none.</summary>
    public static IReadOnlyList<ImportSourceFact> Headline(Dataset dataset, Iso3 importer, string commodity) =>
        dataset.ImportCategories.Headline(commodity) is { Category: { } category } ? Latest(dataset, importer, commodity, category) : [];

    /// <summary>The rows of the category that gives the weights at <paramref name="stage"/>, latest period; empty when there is none.</summary>
    public static IReadOnlyList<ImportSourceFact> AtStage(Dataset dataset, Iso3 importer, string commodity, Stage stage) =>
        dataset.ImportCategories.AtStage(commodity, stage) is { Category: { } category } ? Latest(dataset, importer, commodity, category) : [];

    /// <summary>The rows of one named category (a scenario's <c>import_category</c>), latest period.</summary>
    public static IReadOnlyList<ImportSourceFact> OfCategory(Dataset dataset, Iso3 importer, string commodity, string category) =>
        Latest(dataset, importer, commodity, category);

    /// <summary>Import shares summing within 2 points of 100 % are rounding and are normalised; a larger gap is an unnamed partner.</summary>
    public const double RoundingTolerance = 0.02;

    /// <summary>Partner weights of one group of rows (summing to 1), and the note when part of them is an unnamed partner.</summary>
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

    /// <summary>The latest period's rows of one category (periods compared by the last year they cover).</summary>
    private static IReadOnlyList<ImportSourceFact> Latest(Dataset dataset, Iso3 importer, string commodity, string category)
    {
        var rows = dataset.ImportSources
            .Where(f => f.Importer == importer && f.Commodity == commodity && string.Equals(f.Category, category, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (rows.Count == 0)
        {
            return [];
        }
        var period = rows.Select(f => f.Period).OrderByDescending(ImportConcentration.PeriodEnd).ThenByDescending(p => p, StringComparer.Ordinal).First();
        return rows.Where(f => f.Period == period).ToList();
    }
}
