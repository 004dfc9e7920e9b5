using Lodestone.Domain.Model;

namespace Lodestone.Queries.Trade;

/// <summary>A checked trade question: a commodity, optionally one importer and/or exporter, a year (null: each code's newest), and the supplier whose share of world exports the series follows.</summary>
public sealed record TradeRequest(string Commodity, Iso3? Importer, Iso3? Exporter, int? Year, Iso3 Supplier);
