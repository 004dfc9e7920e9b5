namespace Lodestone.Queries.Contracts;

/// <summary>A published stage share, as stored (see <c>processing_shares.csv</c>).</summary>
public sealed record StageShareFactDto(
    string Commodity,
    string Stage,
    string ProductScope,
    int Year,
    string DataType,
    bool IsProjection,
    bool IsProxy,
    string? Country,
    string? Region,
    double? SharePct,
    string Qualifier,
    double? Value,
    string? Unit,
    double? WorldTotal,
    string SourceId);
