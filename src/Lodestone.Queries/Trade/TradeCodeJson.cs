namespace Lodestone.Queries.Trade;

/// <summary>What BACI records for one HS6 code carrying the commodity, in one year.</summary>
/// <param name="Hs6">Six digits ("811292"); <paramref name="Dotted"/> is "8112.92".</param>
/// <param name="Bundle">True when the code covers several commodities (<paramref name="BundleMembers"/>): its figures are the bundle's, never one member's.</param>
/// <param name="PartnersOf">Whose partners <paramref name="Partners"/> lists: "imports of USA", "exports of CHN", "USA imports from CHN", or null when no country was asked.</param>
/// <param name="PartnersTotalUsd">The total the partners' shares are of (the importer's imports or the exporter's exports of the code); null without a country.</param>
/// <param name="WorldValueUsd">All flows of the code in the year; null when the data has no flow of that year (missing, not zero).</param>
/// <param name="WorldTonnesKnown">Sum of the tonnes BACI gives; a lower bound when <paramref name="FlowsWithoutTonnes"/> &gt; 0; null like
/// <paramref name="WorldValueUsd"/>.</param>
/// <param name="TopExporters">The ten largest exporters by value, shares of <paramref name="WorldValueUsd"/>.</param>
/// <param name="PartnersShareOfWorld"><paramref name="PartnersTotalUsd"/> over <paramref name="WorldValueUsd"/> (0–1): the importer's share of
/// world imports of the code, or the exporter's share of world exports; null without a country or without flows in the year.</param>
public sealed record TradeCodeJson(
    string Hs6,
    string Dotted,
    string Nomenclature,
    string Description,
    string Stage,
    bool Bundle,
    IReadOnlyList<string> BundleMembers,
    int? Year,
    string? PartnersOf,
    double? PartnersTotalUsd,
    IReadOnlyList<TradePartnerJson> Partners,
    double? WorldValueUsd,
    double? WorldTonnesKnown,
    int Flows,
    int FlowsWithoutTonnes,
    IReadOnlyList<TradePartnerJson> TopExporters,
    string SourceId,
    double? PartnersShareOfWorld);
