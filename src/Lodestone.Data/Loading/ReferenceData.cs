using Lodestone.Domain.Model;

namespace Lodestone.Data.Loading;

/// <summary>The reference catalogues every fact file is validated against.</summary>
/// <param name="HsCodes">What each HS6 code carries (<c>reference/hs_codes.csv</c>); empty when the directory has none.</param>
/// <param name="HsLinks">Codes of other HS revisions linked to the mapped HS17 codes
/// (<c>reference/hs_concordance.csv</c>); empty when the directory has none.</param>
/// <param name="ImportCategories">Which stage each USGS import-source category describes (<c>reference/usgs_import_categories.csv</c>).</param>
/// <param name="SalientFigures">Reads the USGS salient files' annual prices and stocks on first use.</param>
/// <param name="SeriesRules">The series rules (<c>reference/stage_series.csv</c>).</param>
/// <param name="AgreementTypes">The tie each agreement type creates (<c>reference/agreement_types.csv</c>).</param>
/// <param name="ExportSeries">Reads BACI's 2002–2024 top-partner series (<c>trade/baci_topn_values_2002_2024.csv</c>) on first use.</param>
public sealed record ReferenceData(CommodityCatalog Commodities, CountryCatalog Countries, IReadOnlyList<Source> Sources,
    IReadOnlyList<Domain.Trade.HsCode>? HsCodes = null, Lazy<Domain.Trade.ExportSeries>? ExportSeries = null,
    Lazy<Domain.Facts.SalientFigureTable>? SalientFigures = null,
    SeriesRuleBook? SeriesRules = null, AgreementTypeBook? AgreementTypes = null,
    Domain.Facts.ImportCategoryRules? ImportCategories = null, IReadOnlyList<HsLink>? HsLinks = null);
