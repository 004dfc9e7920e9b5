using Lodestone.Queries.Trade;

namespace Lodestone.Web.Dashboard;

/// <summary>One HS code on the country page's trade table: the country's exports of it and its imports, from <see cref="TradeQuestion"/>.</summary>
/// <param name="Commodity">The mineral the code was found under (a bundle's first member).</param>
/// <param name="ShareOfWorld">The country's exports over recorded world exports (0–1), or null when the world total is 0 or its exports are unknown.</param>
public sealed record CountryTradeRow(string Commodity, TradeCodeJson Exports, TradeCodeJson? Imports, double? ShareOfWorld);
