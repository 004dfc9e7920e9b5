using Lodestone.Domain.Model;

namespace Lodestone.Queries.Shares;

/// <summary>Who supplies one stage of one commodity in one year, largest first.</summary>
/// <param name="Basis">"published shares" (processing_shares.csv), "proxy: mine figures" or "computed from production" (country / world total).</param>
/// <param name="Scope">Product scope or production series the shares refer to ("separation/refining", "mine production").</param>
/// <param name="DataType">Observed, estimate … as the source labels it.</param>
public sealed record StageShareTable(
    string Commodity,
    Stage Stage,
    int Year,
    string Basis,
    string Scope,
    string DataType,
    IReadOnlyList<ShareRow> Rows)
{
    /// <summary>The largest single-country supplier, if any row names a country.</summary>
    public ShareRow? Leader => Rows.FirstOrDefault(r => r.Country is { IsAggregate: false } && r.SharePct is not null);
}
