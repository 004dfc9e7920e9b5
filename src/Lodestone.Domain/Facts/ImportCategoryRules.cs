using Lodestone.Domain.Model;

namespace Lodestone.Domain.Facts;

/// <summary>The one rule per (commodity, import category) that says which stage the category's shares describe.</summary>
/// <remarks>
/// Every view that reads USGS import shares (brief, risk, exposure tracing, simulation, planner) picks its category here, so
/// they quote the same partners for the same question. Written in data (data/reference/usgs_import_categories.csv), never
/// guessed from the category's wording.
/// </remarks>
public sealed class ImportCategoryRules
{
    private readonly Dictionary<(string Commodity, string Category), ImportCategoryRule> _rules;

    /// <summary>The rules of a dataset, one per (commodity, category).</summary>
    /// <exception cref="ArgumentException">A commodity lists the same category twice.</exception>
    public ImportCategoryRules(IEnumerable<ImportCategoryRule> rules)
    {
        All = rules.ToList();
        _rules = All.Where(r => r.Category is not null).ToDictionary(r => (r.Commodity, r.Category!));
    }

    /// <summary>No rules: no category is used as import weights (constructed test datasets).</summary>
    public static ImportCategoryRules Empty { get; } = new([]);

    /// <summary>Every rule as read, in file order.</summary>
    public IReadOnlyList<ImportCategoryRule> All { get; }

    /// <summary>The rule for a category, or null when the data has none (such a category is never used as weights).</summary>
    public ImportCategoryRule? Find(string commodity, string? category) =>
        category is null ? null : _rules.GetValueOrDefault((commodity, category));

    /// <summary>The commodity's headline category, or null.</summary>
    public ImportCategoryRule? Headline(string commodity) =>
        All.FirstOrDefault(r => r.Commodity == commodity && r.Use == ImportCategoryUse.Headline);

    /// <summary>The category that gives the weights at <paramref name="stage"/> (the headline when it is at that stage), or null.</summary>
    public ImportCategoryRule? AtStage(string commodity, Stage stage) =>
        All.FirstOrDefault(r => r.Commodity == commodity && r.Stage == stage && r.Category is not null && r.Use is ImportCategoryUse.Headline or ImportCategoryUse.Stage);
}
