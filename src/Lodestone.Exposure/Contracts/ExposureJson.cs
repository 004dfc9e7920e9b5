using Lodestone.Domain.Brief;
using Lodestone.Domain.Exposure;
using Lodestone.Domain.Model;

namespace Lodestone.Exposure.Contracts;

/// <summary>The JSON contract of exposure reports, shared by <c>lodestone exposure --format json</c> and
/// <c>GET /api/exposure</c>.</summary>
/// <remarks>Serialised in snake_case with nulls written; shares are fractions 0–1. Mapped by hand from the domain so
/// the wire shape only changes on purpose.</remarks>
/// <param name="Importer">The importing country, ISO 3166-1 alpha-3.</param>
/// <param name="Supplier">The supplier of concern, ISO 3166-1 alpha-3.</param>
/// <param name="Year">The vintage every figure is read for (<c>--year</c>, default the newest complete year); a figure
/// of another year carries a <c>year_note</c>.</param>
/// <param name="AsOf">The date the export controls are judged on, YYYY-MM-DD; null when no controls were
/// judged.</param>
/// <param name="Commodities">One report per commodity, in the order asked.</param>
public sealed record ExposureJson(
    string Importer, string Supplier, int? Year, string? AsOf, IReadOnlyList<ExposureCommodityJson> Commodities)
{
    /// <summary>The contract of <paramref name="reports"/>; <paramref name="controls"/> gives each commodity's export
    /// controls judged on <paramref name="asOf"/>.</summary>
    public static ExposureJson From(Iso3 importer, Iso3 supplier, IEnumerable<ExposureReport> reports, int? year = null,
        DateOnly? asOf = null, Func<string, IReadOnlyList<ControlSummary>>? controls = null) =>
        new(importer.Code, supplier.Code, year,
            asOf?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            reports.Select(r => ExposureCommodityJson.From(r, year, controls?.Invoke(r.Commodity) ?? [])).ToList());
}
