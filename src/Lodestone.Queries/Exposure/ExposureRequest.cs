using Lodestone.Domain.Model;

namespace Lodestone.Queries.Exposure;

/// <summary>A checked exposure question: who imports, the supplier of concern, optionally one commodity and one stage to show.</summary>
/// <param name="Commodity">Canonical commodity name; null for every commodity with data.</param>
/// <param name="Stage">Only this stage's rows; null for every stage.</param>
public sealed record ExposureRequest(Iso3 Importer, Iso3 Supplier, string? Commodity, Stage? Stage);
