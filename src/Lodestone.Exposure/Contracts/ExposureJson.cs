using Lodestone.Domain.Exposure;
using Lodestone.Domain.Model;

namespace Lodestone.Exposure.Contracts;

/// <summary>The JSON contract of exposure reports, shared by <c>lodestone exposure --format json</c> and <c>GET /api/exposure</c>.</summary>
/// <remarks>Serialised in snake_case with nulls written; shares are fractions 0–1. Mapped by hand from the domain so the wire shape only changes on purpose.</remarks>
public sealed record ExposureJson(string Importer, string Supplier, IReadOnlyList<ExposureCommodityJson> Commodities)
{
    public static ExposureJson From(Iso3 importer, Iso3 supplier, IEnumerable<ExposureReport> reports) =>
        new(importer.Code, supplier.Code, reports.Select(ExposureCommodityJson.From).ToList());
}
