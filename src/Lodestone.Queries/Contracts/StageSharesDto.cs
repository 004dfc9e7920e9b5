namespace Lodestone.Queries.Contracts;

/// <summary>Supplier shares of one stage of a commodity in one year, largest first.</summary>
/// <param name="Stage">mining, refining, components or recycling.</param>
/// <param name="Basis">"published shares", "proxy: mine figures" or "computed from production".</param>
public sealed record StageSharesDto(string Stage, int Year, string Basis, string Scope, string DataType, IReadOnlyList<ShareDto> Shares);
