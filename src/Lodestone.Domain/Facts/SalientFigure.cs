namespace Lodestone.Domain.Facts;

/// <summary>One annual price or stock figure of a commodity from a USGS Mineral Commodity Summaries salient-statistics file.</summary>
/// <param name="Series">What is priced or held ("high-purity gallium", "industry stocks").</param>
/// <param name="Unit">The unit in words ("dollars per kilogram", "metric tons").</param>
/// <param name="Value">The figure; null when USGS prints no number (<paramref name="Mark"/> says why: W withheld, NA not available).</param>
/// <param name="IsEstimate">True for the edition's last year, which USGS marks as an estimate.</param>
/// <param name="Note">What the mapping adds (a unit the column name misstates).</param>
/// <param name="File">The salient file ("mcs2025-galli_salient.csv").</param>
/// <param name="Column">The column as published ("Price_High-purity_dkg").</param>
public sealed record SalientFigure(
    string Commodity,
    SalientFigureKind Kind,
    string Series,
    string Unit,
    int Year,
    double? Value,
    string? Mark,
    bool IsEstimate,
    string? Note,
    string File,
    string Column,
    string SourceId);
