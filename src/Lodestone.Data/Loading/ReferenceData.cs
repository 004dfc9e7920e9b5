using Lodestone.Domain.Model;

namespace Lodestone.Data.Loading;

/// <summary>The reference catalogues every fact file is validated against.</summary>
public sealed record ReferenceData(CommodityCatalog Commodities, CountryCatalog Countries, IReadOnlyList<Source> Sources);
