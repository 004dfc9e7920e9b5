using Lodestone.Domain.Model;

namespace Lodestone.Domain.Exposure.Tracing;

/// <summary>An importer's traced dependence on a supplier for one commodity, stage by stage.</summary>
/// <param name="Headline">The stage the importer buys at (the stage of its USGS import sources, else the last stage it imports at); null when no stage has data.</param>
/// <param name="DominatedStages">Stages where the supplier holds at least <see cref="ImporterTracer.DominanceThreshold"/> of world output.</param>
public sealed record ImporterTrace(
    string Commodity,
    Iso3 Importer,
    Iso3 Supplier,
    IReadOnlyList<StageTrace> Stages,
    Stage? Headline,
    IReadOnlyList<(Stage Stage, double Share)> DominatedStages)
{
    /// <summary>The trace of a stage, or null when the importer has no data there.</summary>
    public StageTrace? At(Stage stage) => Stages.FirstOrDefault(s => s.Stage == stage);

    /// <summary>The headline stage's trace, or null.</summary>
    public StageTrace? Main => Headline is { } h ? At(h) : null;
}
