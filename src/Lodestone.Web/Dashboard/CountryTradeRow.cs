using Lodestone.Queries.Trade;

namespace Lodestone.Web.Dashboard;

/// <summary>One HS code on the country page's trade table: the country's exports of it and its imports, from <see cref="TradeQuestion"/>.</summary>
/// <param name="Commodity">The mineral the code was found under (a bundle's first member).</param>
/// <param name="Exports">The code's answer with the country as exporter: its total and share of world exports (<see cref="TradeCodeJson.PartnersShareOfWorld"/>).</param>
public sealed record CountryTradeRow(string Commodity, TradeCodeJson Exports, TradeCodeJson? Imports);
