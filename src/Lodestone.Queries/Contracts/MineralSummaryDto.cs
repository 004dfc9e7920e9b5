namespace Lodestone.Queries.Contracts;

/// <summary>A commodity in the list: list memberships and the largest supplier of each stage with data.</summary>
public sealed record MineralSummaryDto(
    string Name,
    string Kind,
    bool OnUsList2025,
    bool OnEuList2023,
    bool EuStrategic2023,
    IReadOnlyList<StageLeaderDto> Leaders);
