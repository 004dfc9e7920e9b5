using Lodestone.Domain.Facts;
using Lodestone.Domain.Model;
using Lodestone.Domain.Trade;

namespace Lodestone.Domain.KnowledgeBase;

/// <summary>An immutable snapshot of the knowledge base: reference catalogues, sources and every fact.</summary>
/// <remarks>
/// Loaders and stores produce it; the brief, metrics, exposure, simulation and planner read it. Every fact's
/// <c>SourceId</c> resolves in <see cref="Sources"/> (checked by the loaders).
/// </remarks>
public sealed class Dataset
{
    /// <summary>A snapshot of the given catalogues, sources and facts; the optional tables default to empty and the rule books
    /// to no rules. Every fact's source id is expected in <paramref name="sources"/> (the loaders check it).</summary>
    public Dataset(
        CommodityCatalog commodities,
        CountryCatalog countries,
        IEnumerable<Source> sources,
        IEnumerable<ProductionFact> production,
        IEnumerable<ReserveFact> reserves,
        IEnumerable<NetImportRelianceFact> netImportReliance,
        IEnumerable<ImportSourceFact> importSources,
        IEnumerable<StageShareFact> stageShares,
        IEnumerable<ExportControl> exportControls,
        IEnumerable<Agreement> agreements,
        IEnumerable<Project> projects,
        IEnumerable<GovernanceFact>? governance = null,
        IEnumerable<OwnershipFact>? ownership = null,
        IEnumerable<TransitRoute>? transitRoutes = null,
        IEnumerable<PublishedRiskFact>? publishedRisk = null,
        IEnumerable<TradeFlow>? tradeFlows = null,
        IEnumerable<HsCode>? hsCodes = null,
        Lazy<ExportSeries>? exportSeries = null,
        IEnumerable<TradeMeasure>? tradeMeasures = null,
        Lazy<SalientFigureTable>? salientFigures = null,
        SeriesRuleBook? seriesRules = null,
        AgreementTypeBook? agreementTypes = null,
        ImportCategoryRules? importCategories = null)
    {
        Commodities = commodities;
        Countries = countries;
        Sources = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        Production = production.ToList();
        Reserves = reserves.ToList();
        NetImportReliance = netImportReliance.ToList();
        ImportSources = importSources.ToList();
        StageShares = stageShares.ToList();
        ExportControls = exportControls.ToList();
        Agreements = agreements.ToList();
        Projects = projects.ToList();
        Governance = governance?.ToList() ?? [];
        Ownership = ownership?.ToList() ?? [];
        TransitRoutes = transitRoutes?.ToList() ?? [];
        PublishedRisk = publishedRisk?.ToList() ?? [];
        TradeFlows = tradeFlows?.ToList() ?? [];
        HsCodes = hsCodes?.ToList() ?? [];
        ImportCategories = importCategories ?? ImportCategoryRules.Empty;
        TradeMeasures = new TradeMeasureTable(tradeMeasures?.ToList() ?? [], Sources);
        _trade = new Lazy<TradeMatrix>(() => new TradeMatrix(TradeFlows, HsCodes));
        _exportSeries = exportSeries ?? new Lazy<ExportSeries>(() => ExportSeries.Empty);
        _salientFigures = salientFigures ?? new Lazy<SalientFigureTable>(() => SalientFigureTable.Empty);
        SeriesRules = seriesRules ?? SeriesRuleBook.Empty;
        AgreementTypes = agreementTypes ?? AgreementTypeBook.Empty;
    }

    private readonly Lazy<TradeMatrix> _trade;
    private readonly Lazy<ExportSeries> _exportSeries;
    private readonly Lazy<SalientFigureTable> _salientFigures;

    /// <summary>Commodities with their aliases, element symbols, HS codes and list memberships.</summary>
    public CommodityCatalog Commodities { get; }
    /// <summary>Countries with their names, aliases and groups (the aggregates WLD, OTH and ROW are not in it).</summary>
    public CountryCatalog Countries { get; }
    /// <summary>Every cited source, by id.</summary>
    public IReadOnlyDictionary<string, Source> Sources { get; }
    /// <summary>Production and capacity by commodity, stage, series, country and year.</summary>
    public IReadOnlyList<ProductionFact> Production { get; }
    /// <summary>Reserves by commodity, country and year.</summary>
    public IReadOnlyList<ReserveFact> Reserves { get; }
    /// <summary>Net import reliance figures as published (exact, bounded, net exporter, withheld, not available).</summary>
    public IReadOnlyList<NetImportRelianceFact> NetImportReliance { get; }
    /// <summary>Shares of an importer's imports by partner, period and import category, as USGS publishes them.</summary>
    public IReadOnlyList<ImportSourceFact> ImportSources { get; }
    /// <summary>Published shares of a stage by country (processing and component shares beside USGS output).</summary>
    public IReadOnlyList<StageShareFact> StageShares { get; }
    /// <summary>Export controls, with their dates, targets and status.</summary>
    public IReadOnlyList<ExportControl> ExportControls { get; }
    /// <summary>Agreements between countries, with their type and the commodities they name.</summary>
    public IReadOnlyList<Agreement> Agreements { get; }
    /// <summary>Mine, refinery and plant projects, with their planned capacity and dates.</summary>
    public IReadOnlyList<Project> Projects { get; }

    /// <summary>World Bank WGI estimates per country and year (empty when the dataset has none).</summary>
    public IReadOnlyList<GovernanceFact> Governance { get; }

    /// <summary>Ownership and control facts: output in one country controlled from another.</summary>
    public IReadOnlyList<OwnershipFact> Ownership { get; }

    /// <summary>Export routes of landlocked suppliers, with transit countries and shares where known.</summary>
    public IReadOnlyList<TransitRoute> TransitRoutes { get; }

    /// <summary>Published results of criticality assessments (EU CRM SR and EI …) as reported.</summary>
    public IReadOnlyList<PublishedRiskFact> PublishedRisk { get; }

    /// <summary>Bilateral trade flows (CEPII BACI), empty when the dataset has none.</summary>
    public IReadOnlyList<TradeFlow> TradeFlows { get; }

    /// <summary>What each HS6 code carries (commodity, stage, content, bundle), from <c>data/reference/hs_codes.csv</c>.</summary>
    public IReadOnlyList<HsCode> HsCodes { get; }

    /// <summary>Which stage each USGS import-source category describes and which one a view uses (data/reference/usgs_import_categories.csv).</summary>
    public ImportCategoryRules ImportCategories { get; }

    /// <summary>The trade flows indexed for lookups, built on first use.</summary>
    public TradeMatrix Trade => _trade.Value;

    /// <summary>BACI export values by code, year and exporter over 2002–2024 (top-6 partners per side only), read on first use; empty when the data has none.</summary>
    public ExportSeries ExportSeries => _exportSeries.Value;

    /// <summary>Trade measures that shape flows (data/us_trade_measures.csv, and tariff or policy news a reviewer accepted), citing <see cref="Sources"/>.</summary>
    public TradeMeasureTable TradeMeasures { get; }

    /// <summary>Annual prices and stocks 2020–2024 from the USGS salient files (data/usgs/salient, mapped in
    /// data/reference/usgs_salient_prices.csv), with their sources, read on first use; empty when the data has none.</summary>
    public SalientFigureTable SalientFigures => _salientFigures.Value;

    /// <summary>Which series answers each commodity and stage, and which NIR series and import category go together
    /// (<c>data/reference/stage_series.csv</c>); empty for a dataset built without it.</summary>
    public SeriesRuleBook SeriesRules { get; }

    /// <summary>The tie each agreement type creates (membership, agreement, none: <c>data/reference/agreement_types.csv</c>); empty
    /// for a dataset built without it.</summary>
    public AgreementTypeBook AgreementTypes { get; }

    /// <summary>Commodities that have at least one production, stage-share, net-import-reliance or import-source fact
    /// (uranium has only import sources: EIA deliveries by origin).</summary>
    public IReadOnlyList<string> CommoditiesWithData() =>
        Production.Select(p => p.Commodity)
            .Concat(StageShares.Select(s => s.Commodity))
            .Concat(NetImportReliance.Select(n => n.Commodity))
            .Concat(ImportSources.Select(i => i.Commodity))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
}
