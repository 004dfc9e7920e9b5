namespace Lodestone.Queries.Trade;

/// <summary>One partner (or one exporter of the world) of a code in a year, as BACI records it.</summary>
/// <param name="Iso3">The partner country (exporter when listing an importer's suppliers or the world's exporters; importer otherwise).</param>
/// <param name="ValueUsd">Current USD.</param>
/// <param name="Tonnes">Metric tonnes of product; null where BACI has no quantity (never 0 for unknown).</param>
/// <param name="Share">Fraction 0–1 of the total the list is a share of (see <see cref="TradeCodeJson"/>), by value.</param>
/// <param name="UnitValueUsdPerTonne">Value ÷ tonnes; null when tonnes are missing or zero.</param>
public sealed record TradePartnerJson(string Iso3, string Name, double ValueUsd, double? Tonnes, double Share, double? UnitValueUsdPerTonne);
