namespace Lodestone.Queries.Contracts;

/// <summary>A commodity in the list: list memberships and the largest supplier of each stage with data.</summary>
/// <param name="Symbols">Element symbols (empty for groups and products).</param>
/// <param name="MemberOf">The group the commodity belongs to (rare earths for dysprosium), or null.</param>
/// <param name="HasData">Whether the knowledge base holds stage or trade data for it (false only in a list asked with <c>all</c>).</param>
public sealed record MineralSummaryDto(
    string Name,
    string Kind,
    bool OnUsList2025,
    bool OnEuList2023,
    bool EuStrategic2023,
    IReadOnlyList<StageLeaderDto> Leaders,
    IReadOnlyList<string> Symbols,
    string? MemberOf,
    bool HasData);
