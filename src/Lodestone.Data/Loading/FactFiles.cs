namespace Lodestone.Data.Loading;

/// <summary>The fact files of a dataset directory, in load order, with the columns each must have.</summary>
internal static class FactFiles
{
    public const string Production = "usgs_mcs_production.csv";
    public const string Reserves = "usgs_mcs_reserves.csv";
    public const string Trade = "usgs_mcs_us_trade.csv";
    public const string StageShares = "processing_shares.csv";
    public const string ExportControls = "export_controls.csv";
    public const string Agreements = "agreements.csv";
    public const string Projects = "projects.csv";
    public const string Governance = "governance_wgi.csv";
    public const string Ownership = "ownership.csv";
    public const string TransitRoutes = "transit_routes.csv";
    public const string PublishedRisk = "eu_crm_results.csv";
    public const string TradeMeasures = "us_trade_measures.csv";

    /// <summary>Bilateral trade flows as a fact file: the ISO3 matrix form of <c>data/trade/</c> plus revision and source (<see cref="TradeFlowReader.ExportColumns"/>).</summary>
    public const string TradeFlows = "trade_flows.csv";

    public static readonly IReadOnlyDictionary<string, string[]> Columns = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Production] = ["commodity", "stage", "country", "iso3", "year", "value", "unit", "is_estimate", "source", "note"],
        [Reserves] = ["commodity", "country", "iso3", "value", "unit", "source", "note"],
        [Trade] = ["commodity", "year", "net_import_reliance_pct", "nir_note", "import_source_country", "iso3", "import_share_pct", "period", "source", "import_category"],
        [StageShares] = ["commodity", "stage", "product_scope", "year", "data_type", "rank", "country", "iso3", "share_pct", "share_qualifier", "value", "unit", "world_total", "derived", "source", "read_via", "notes"],
        [ExportControls] = ["id", "date", "effective_date", "imposing_country", "measure_ref", "commodity", "items_scope", "stage", "measure_type", "targets", "status", "status_as_of", "suspended_from", "suspended_until", "source", "source_url", "read_via", "notes"],
        [Agreements] = ["id", "date", "parties", "type", "commodities", "amount_usd", "amount_note", "summary", "status", "source", "source_url", "read_via", "notes"],
        [Projects] = ["id", "project", "country", "location", "operator", "commodity", "stage", "capacity_min", "capacity_max", "unit", "status", "status_date", "expected_start", "investment_usd", "investment_note", "us_gov_support", "other_gov_support", "source", "source_url", "read_via", "notes"],
        [Governance] = GovernanceReader.Columns,
        [Ownership] = OwnershipReader.Columns,
        [TransitRoutes] = TransitRouteReader.Columns,
        [PublishedRisk] = PublishedRiskReader.Columns,
        [TradeMeasures] = TradeMeasureReader.Columns,
        [TradeFlows] = [.. TradeFlowReader.Columns, .. TradeFlowReader.ExportColumns],
    };

    /// <summary>Columns a file may have beyond its required ones. Production: <c>kind</c> = production|capacity (blank means production),
    /// written by the exporter because the USGS release carries capacity figures too. Trade: <c>nir_series</c>, the series an NIR
    /// figure measures when it is not the commodity (magnesium: "magnesium compounds"), written by the exporter because the
    /// release's NIR columns name series that are no commodity alias; <c>nir_value</c>, a bound or mark (&gt;75, &lt;25, E, W, NA) as
    /// USGS prints it, so the exporter need not write it into the note. Trade measures: <c>read_via</c>, how the source was read (an
    /// accepted news article's is "news review"), written by the exporter so the citation round-trips.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> OptionalColumns = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Production] = ["kind"],
        [Trade] = ["nir_series", "nir_value"],
        [TradeMeasures] = ["read_via"],
    };

    /// <summary>Required then optional columns, as the exporter writes them.</summary>
    public static IReadOnlyList<string> AllColumns(string file) =>
        [.. Columns[file], .. OptionalColumns.GetValueOrDefault(file) ?? []];

    /// <summary>
    /// Companion tables (governance, ownership, transit routes, published EU results) used by the risk metrics and the
    /// exposure tracer. They are read from the data directory beside the reference catalogues, not held in the store,
    /// so <c>data import</c> refuses them: edit the file in <c>data/</c> instead.
    /// </summary>
    public static readonly IReadOnlySet<string> Companion = new HashSet<string>(StringComparer.Ordinal) { Governance, Ownership, TransitRoutes, PublishedRisk };

    /// <summary>Identifies a fact file by its name (the shapes of <c>data/</c>).</summary>
    public static bool IsFactFile(string path) => Columns.ContainsKey(Path.GetFileName(path));
}
