namespace Lodestone.Simulation.Engine;

/// <summary>A compiled supply project feeding one market.</summary>
/// <param name="Id">Project id in the dataset (projects.csv).</param>
/// <param name="OriginIndex">Index of the project's country among the market's origins.</param>
/// <param name="StartMonth">Expected start as a 0-based month index from the simulation start (negative when already started).</param>
/// <param name="Capacity">Parameter index: full capacity per year in the project's own unit.</param>
/// <param name="ToDemandUnits">Parameter index: factor from the project's unit to the market's demand unit.</param>
/// <param name="Scale">1 / the importer's base-year demand, turning demand units into importer units.</param>
/// <param name="Offtake">Parameter index: share of the output that reaches the importer (0–1).</param>
/// <param name="DelayMonths">Parameter index: slip of the start, months (≥ 0).</param>
/// <param name="RampMonths">Parameter index: months from first output to full capacity (≥ 1).</param>
/// <param name="Curve">Shape of the ramp.</param>
public sealed record ProjectModel(
    string Id,
    int OriginIndex,
    int StartMonth,
    int Capacity,
    int ToDemandUnits,
    double Scale,
    int Offtake,
    int DelayMonths,
    int RampMonths,
    RampCurve Curve);
