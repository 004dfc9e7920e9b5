using Lodestone.Domain.Model;

namespace Lodestone.Data.Loading;

/// <summary>The reference catalogues every fact file is validated against.</summary>
/// <param name="HsCodes">What each HS6 code carries (<c>reference/hs_codes.csv</c>); empty when the directory has none.</param>
public sealed record ReferenceData(CommodityCatalog Commodities, CountryCatalog Countries, IReadOnlyList<Source> Sources,
    IReadOnlyList<Domain.Trade.HsCode>? HsCodes = null);
