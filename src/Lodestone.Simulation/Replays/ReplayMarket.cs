using Lodestone.Domain.Model;

namespace Lodestone.Simulation.Replays;

/// <summary>One market of a solved plan, as its replay reads it. Volumes are in the market's unit.</summary>
/// <param name="Label">"commodity (stage)", the key of the market's expected shortfall.</param>
/// <param name="Commodity">The catalogue name of the commodity.</param>
/// <param name="Importer">ISO3 of the importer.</param>
/// <param name="Concern">ISO3 of the supplier of concern.</param>
/// <param name="Cap">The cap on the concern's share, 0–1; null when none.</param>
/// <param name="CountsRecycling">Whether recycling enters the cap's share (supply basis).</param>
/// <param name="SpotContent">Concern content of spot purchases replacing lost volume, 0–1.</param>
/// <param name="OpeningUnits">The opening stock, in units (0 when none).</param>
/// <param name="Origins">Every origin the plan may buy from: its concern content and whether it counts in the
/// share.</param>
/// <param name="Quarters">The plan, quarter by quarter.</param>
/// <param name="Lots">Every stock lot the plan moves, with its planned build and release per quarter.</param>
/// <param name="Projects">The projects the plan backs (invested &gt; 0), with their planned output per quarter.</param>
public sealed record ReplayMarket(
    string Label,
    string Commodity,
    Stage Stage,
    string Importer,
    string Concern,
    double? Cap,
    bool CountsRecycling,
    double SpotContent,
    double OpeningUnits,
    IReadOnlyList<ReplayOrigin> Origins,
    IReadOnlyList<ReplayQuarter> Quarters,
    IReadOnlyList<ReplayLot> Lots,
    IReadOnlyList<ReplayProjectPlan> Projects);
