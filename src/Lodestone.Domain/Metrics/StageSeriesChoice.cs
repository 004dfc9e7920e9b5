using Lodestone.Domain.Facts;

namespace Lodestone.Domain.Metrics;

/// <summary>The one series (and year) chosen for a commodity at a stage, with its facts: USGS production rows or published shares.</summary>
/// <param name="Series">The production series or the published product scope.</param>
/// <param name="DataType">"USGS production" for production; the publisher's data type ("observed" …) otherwise.</param>
/// <param name="Production">The production rows of the series and year, the world-total row included; empty for published shares.</param>
/// <param name="Published">The published stage-share rows of the group; empty for production.</param>
public sealed record StageSeriesChoice(
    string Commodity,
    Model.Stage Stage,
    ShareBasis Basis,
    string Series,
    int Year,
    string DataType,
    IReadOnlyList<ProductionFact> Production,
    IReadOnlyList<StageShareFact> Published)
{
    /// <summary>The world-total row of a production choice (always present: a production series is only chosen with one).</summary>
    public ProductionFact? World => Production.FirstOrDefault(p => p.Country == Model.Iso3.World);

    /// <summary>True when a published group stands in a mine split for the missing processing split.</summary>
    public bool IsProxy => Published.Any(p => p.IsProxy);
}
