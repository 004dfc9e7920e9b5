using Lodestone.Domain.Model;

namespace Lodestone.Domain.Metrics;

/// <summary>A supplier country and its share in percent (0–100) of a supply: global production or an importer's sourcing.</summary>
public sealed record SupplierShare(Iso3 Country, double SharePercent);
