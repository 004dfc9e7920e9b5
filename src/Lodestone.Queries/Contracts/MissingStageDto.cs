namespace Lodestone.Queries.Contracts;

/// <summary>A stage that has no world share by its series rule (data/reference/stage_series.csv), with the rule's reason.</summary>
/// <param name="Stage">mining, refining, components or recycling.</param>
/// <param name="Reason">Why no world share can be computed (boron: USGS gives no world total).</param>
public sealed record MissingStageDto(string Stage, string Reason);
