using Lodestone.Domain.Model;

namespace Lodestone.Web.Api;

/// <summary>A checked exposure query: who imports, the supplier of concern, and optionally one stage to show.</summary>
public sealed record ExposureRequest(Iso3 Importer, Iso3 Supplier, Stage? Stage);
