using Lodestone.Domain.Model;

namespace Lodestone.Queries.Exposure;

/// <summary>A checked exposure question: who imports, the supplier of concern, optionally one commodity and one stage to show,
/// the vintage and the date export controls are judged on.</summary>
/// <param name="Commodity">Canonical commodity name; null for every commodity with data.</param>
/// <param name="Stage">Only this stage's rows; null for every stage.</param>
/// <param name="Year">The vintage the figures are read for (<c>Vintages</c>: requested, else the newest complete year).</param>
/// <param name="AsOf">The date the supplier's export controls are judged on.</param>
public sealed record ExposureRequest(Iso3 Importer, Iso3 Supplier, string? Commodity, Stage? Stage, int? Year, DateOnly AsOf);
