namespace Lodestone.Domain.Model;

/// <summary>The series rules of a dataset: which series answers each commodity and stage, and which NIR series and import
/// category go together (<c>data/reference/stage_series.csv</c>, <c>data/reference/import_series.csv</c>, docs/usgs-import.md).</summary>
public sealed class SeriesRuleBook
{
    private readonly Dictionary<(string Commodity, Stage Stage), StageSeriesRule> _stages;
    private readonly Dictionary<string, ImportSeriesRule> _imports;

    public SeriesRuleBook(IEnumerable<StageSeriesRule> stages, IEnumerable<ImportSeriesRule> imports)
    {
        Stages = stages.ToList();
        Imports = imports.ToList();
        _stages = Stages.ToDictionary(r => (r.Commodity, r.Stage));
        _imports = Imports.ToDictionary(r => r.Commodity, StringComparer.Ordinal);
    }

    /// <summary>No rules: every stage falls back to the selector's single-series rule (constructed test datasets).</summary>
    public static SeriesRuleBook Empty { get; } = new([], []);

    public IReadOnlyList<StageSeriesRule> Stages { get; }

    public IReadOnlyList<ImportSeriesRule> Imports { get; }

    public StageSeriesRule? For(string commodity, Stage stage) => _stages.GetValueOrDefault((commodity, stage));

    public ImportSeriesRule? ImportsFor(string commodity) => _imports.GetValueOrDefault(commodity);
}
