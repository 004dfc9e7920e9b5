namespace Lodestone.Queries.Trade;

/// <summary>The supplier's share of recorded world exports of one code over the years of the series.</summary>
/// <param name="Note">What the share is of (recorded flows, top 6 partners per side) and which HS revisions the years use.</param>
public sealed record ExportShareJson(string Hs6, bool Bundle, string Supplier, IReadOnlyList<ExportSharePointJson> Points, string Note, string SourceId);
