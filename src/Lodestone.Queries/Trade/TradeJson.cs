using Lodestone.Queries.Contracts;

namespace Lodestone.Queries.Trade;

/// <summary>The answer to <c>lodestone trade</c> and <c>GET /api/trade</c>: every code carrying the commodity, the partners asked for, the world's top exporters and the supplier's share over time.</summary>
/// <param name="Codes">Mapped codes with flows, single-commodity codes first; empty (with <paramref name="Notes"/> saying so) when the data has no code for the commodity.</param>
/// <param name="Measures">U.S. trade measures on the commodity or aimed at a country asked (data/us_trade_measures.csv), each with its source.</param>
/// <param name="Sources">Every source of the trade figures (the BACI release).</param>
public sealed record TradeJson(
    string Commodity,
    string? Importer,
    string? Exporter,
    int? Year,
    IReadOnlyList<TradeCodeJson> Codes,
    IReadOnlyList<ExportShareJson> SupplierShare,
    IReadOnlyList<TradeMeasureJson> Measures,
    IReadOnlyList<string> Notes,
    IReadOnlyList<SourceDto> Sources);
