using Lodestone.Domain.Model;

namespace Lodestone.Queries.Shares;

/// <summary>One supplier's share of a stage, as shown on the dashboard and returned by the API.</summary>
/// <param name="Country">Supplier, or ROW / OTH for the remainder; null for a region that is not a country.</param>
/// <param name="Label">Display name of the supplier or region.</param>
/// <param name="SharePct">Share of world output in percent (0–100); null when the source printed none.</param>
/// <param name="Qualifier">"=", "~" (approximately) or "&gt;" (lower bound), as published.</param>
/// <param name="Value">The underlying quantity in <paramref name="Unit"/>, when published.</param>
/// <param name="SourceId">Source of the figure.</param>
public sealed record ShareRow(
    Iso3? Country,
    string Label,
    double? SharePct,
    string Qualifier,
    double? Value,
    string? Unit,
    string SourceId);
