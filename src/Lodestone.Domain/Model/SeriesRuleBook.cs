namespace Lodestone.Domain.Model;

/// <summary>The series rules of a dataset: which series answers each commodity and stage (<c>data/reference/stage_series.csv</c>,
/// docs/usgs-import.md). Which NIR series and import category go together is <see cref="Facts.ImportCategoryRules"/>.</summary>
public sealed class SeriesRuleBook
{
    private readonly Dictionary<(string Commodity, Stage Stage), StageSeriesRule> _stages;

    /// <summary>One rule per (commodity, stage).</summary>
    /// <exception cref="ArgumentException">A commodity and stage have two rules.</exception>
    public SeriesRuleBook(IEnumerable<StageSeriesRule> stages)
    {
        Stages = stages.ToList();
        _stages = Stages.ToDictionary(r => (r.Commodity, r.Stage));
    }

    /// <summary>No rules: every stage falls back to the selector's single-series rule (constructed test datasets).</summary>
    public static SeriesRuleBook Empty { get; } = new([]);

    /// <summary>Every rule, in file order.</summary>
    public IReadOnlyList<StageSeriesRule> Stages { get; }

    /// <summary>The rule for <paramref name="commodity"/> (canonical name) at <paramref name="stage"/>, or null when there is none.</summary>
    public StageSeriesRule? For(string commodity, Stage stage) => _stages.GetValueOrDefault((commodity, stage));
}
