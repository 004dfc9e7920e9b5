using Lodestone.Domain.Model;

namespace Lodestone.Domain.Facts;

/// <summary>Whether a figure is output actually produced or installed capacity.</summary>
public enum OutputKind
{
    /// <summary>Output actually produced in the year.</summary>
    Production,
    /// <summary>Installed capacity: what could be produced, not what was.</summary>
    Capacity,
}

/// <summary>Output of one country (or an aggregate row) at one stage in one year.</summary>
/// <param name="Commodity">Canonical commodity name.</param>
/// <param name="Stage">Supply-chain stage.</param>
/// <param name="Series">What is measured, as the source names it ("mine production, REO equivalent").
/// Several series can exist for one commodity and stage (ferrosilicon vs. silicon metal); shares are only
/// ever computed within one series.</param>
/// <param name="Country">Producer, or WLD/OTH for the world total and "other countries" rows.</param>
/// <param name="Year">Calendar year of the figure.</param>
/// <param name="Value">The figure in <paramref name="Unit"/>; null when the source printed none (see <paramref name="Note"/>). Never negative.</param>
/// <param name="Unit">Unit as published ("metric tons (REO)", "kilograms").</param>
/// <param name="IsEstimate">The source flags the figure as an estimate.</param>
/// <param name="IsLowerBound">The source printed a lower bound ("&gt;2000000").</param>
/// <param name="Note">The source's note: W (withheld), NA, "Included in World total" …</param>
/// <param name="SourceId">Id of the <see cref="Source"/>.</param>
public sealed record ProductionFact(
    string Commodity,
    Stage Stage,
    string Series,
    Iso3 Country,
    int Year,
    double? Value,
    string Unit,
    bool IsEstimate,
    bool IsLowerBound,
    string? Note,
    string SourceId,
    OutputKind Kind = OutputKind.Production);
