namespace Lodestone.Queries.Contracts;

/// <summary>Supplier shares of one stage of a commodity in one year, largest first.</summary>
/// <param name="Stage">mining, refining, components or recycling.</param>
/// <param name="Basis">"published shares", "proxy: mine figures" or "computed from production".</param>
/// <param name="YearNote">Null when <paramref name="Year"/> is the view's year; else "2022 (latest available)" (<c>Vintages</c>).</param>
public sealed record StageSharesDto(string Stage, int Year, string Basis, string Scope, string DataType, IReadOnlyList<ShareDto> Shares, string? YearNote = null);
