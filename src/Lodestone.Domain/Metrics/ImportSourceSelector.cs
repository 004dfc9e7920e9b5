using Lodestone.Domain.Facts;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Metrics;

/// <summary>The one rule that picks the import-source list of a commodity (the brief's import share, GeoPolRisk's partners).</summary>
/// <remarks>
/// Where the source splits imports by form, the commodity's rule in <c>data/reference/import_series.csv</c> names the category
/// that measures what the NIR shown beside it measures (titanium: sponge metal, not TiO2 pigment; copper and zinc: refined
/// metal), in the newest period that has it; a rule with no category (magnesium) answers with its reason and no list. Without a
/// rule the source's one list answers; a source that splits by form with no rule answers nothing rather than a guess.
/// </remarks>
public static class ImportSourceSelector
{
    public static ImportSourceChoice? Choose(Dataset dataset, Iso3 importer, string commodity)
    {
        var facts = dataset.ImportSources.Where(i => i.Commodity == commodity && i.Importer == importer).ToList();
        if (facts.Count == 0)
        {
            return null;
        }
        var rule = dataset.SeriesRules.ImportsFor(commodity);
        if (rule is { ImportCategory: null })
        {
            return new ImportSourceChoice(Newest(facts), null, [], "no import category measures what the NIR measures: " + rule.Reason);
        }
        var ruled = rule is null ? facts : facts.Where(f => f.Category == rule.ImportCategory).ToList();
        if (ruled.Count == 0 || rule is null && facts.Select(f => (f.Period, f.Category)).Distinct().GroupBy(x => x.Period).Any(g => g.Count() > 1))
        {
            // The rule's category is not in the data, or the source splits by form and no rule says which list answers.
            return null;
        }
        var period = Newest(ruled);
        var chosen = ruled.Where(f => f.Period == period).ToList();
        return new ImportSourceChoice(period, chosen[0].Category, chosen, null);
    }

    /// <summary>The newest period: by the last year it covers ("2021-24" after "2020–23"), then by text.</summary>
    private static string Newest(IReadOnlyList<ImportSourceFact> facts) =>
        facts.Select(f => f.Period).OrderByDescending(ImportConcentration.PeriodEnd).ThenByDescending(p => p, StringComparer.Ordinal).First();
}
