using Lodestone.Domain.Model;

namespace Lodestone.Domain.Facts;

/// <summary>A country's published share of a processing, refining or component stage.</summary>
/// <remarks>
/// Typically the top three countries plus "rest of world" (ROW) per commodity and year. Shares are of the
/// world total of the stage. <see cref="IsProxy"/> marks mine figures standing in for a missing processing
/// split; <see cref="IsProjection"/> marks outlook figures (IEA base case) that are not observations.
/// </remarks>
/// <param name="Country">A country, ROW, or null for a region that is not a country ("Europe").</param>
/// <param name="Region">The region name when <paramref name="Country"/> is null.</param>
/// <param name="Qualifier">"=", "~" (approximately) or "&gt;" (lower bound).</param>
public sealed record StageShareFact(
    string Commodity,
    Stage Stage,
    string ProductScope,
    int Year,
    string DataType,
    bool IsProjection,
    bool IsProxy,
    int? Rank,
    Iso3? Country,
    string? Region,
    Share? Share,
    string Qualifier,
    double? Value,
    string? Unit,
    double? WorldTotal,
    string? Derived,
    string SourceId,
    string? Notes);
