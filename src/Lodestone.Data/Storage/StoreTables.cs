using Lodestone.Data.Loading;
using Lodestone.Domain.Facts;
using Lodestone.Domain.Model;
using Lodestone.Domain.Trade;
using static Lodestone.Data.Storage.ColumnType;

namespace Lodestone.Data.Storage;

/// <summary>Every table of the store, sources first (facts reference them), in the order of <c>0001_initial.sql</c>.</summary>
/// <remarks>Column lists here and in the migration scripts must agree; the storage suite checks them against the migrated schema of each backend.</remarks>
internal static class StoreTables
{
    private static Column C(string name, ColumnType type) => new(name, type, Nullable: false);

    private static Column O(string name, ColumnType type) => new(name, type, Nullable: true);

    public static readonly FactTable<Source> Sources = new(
        "sources", "reference/sources.csv", "source",
        [C("id", Text), C("title", Text), O("publisher", Text), O("url", Text), O("published", Text), O("read_via", Text)],
        f => f.Sources, (f, rows) => f with { Sources = rows },
        s => s.Id,
        s => [s.Id, s.Title, s.Publisher, s.Url, StoredValues.Date(s.Published), s.ReadVia],
        r => new Source(r.Text(0), r.Text(1), r.OptionalText(2), r.OptionalText(3), r.OptionalDate(4), r.OptionalText(5)));

    public static readonly FactTable<ProductionFact> Production = new(
        "production", FactFiles.Production, "iso3",
        [C("commodity", Text), C("stage", Text), C("series", Text), C("country", Text), C("year", Integer), O("value", Real),
            C("unit", Text), C("is_estimate", Bool), C("is_lower_bound", Bool), O("note", Text), C("source_id", Text), C("kind", Text)],
        f => f.Production, (f, rows) => f with { Production = rows },
        FactKeys.Of,
        p => [p.Commodity, p.Stage.ToString(), p.Series, p.Country.Code, p.Year, p.Value, p.Unit, p.IsEstimate, p.IsLowerBound, p.Note,
            p.SourceId, p.Kind.ToString()],
        r => new ProductionFact(r.Text(0), r.Enum<Stage>(1), r.Text(2), r.Iso3(3), r.Integer(4), r.OptionalDouble(5), r.Text(6),
            r.Boolean(7), r.Boolean(8), r.OptionalText(9), r.Text(10), r.Enum<OutputKind>(11)));

    public static readonly FactTable<ReserveFact> Reserves = new(
        "reserves", FactFiles.Reserves, "iso3",
        [C("commodity", Text), O("series", Text), C("country", Text), C("year", Integer), O("value", Real), C("unit", Text),
            C("is_lower_bound", Bool), O("note", Text), C("source_id", Text)],
        f => f.Reserves, (f, rows) => f with { Reserves = rows },
        FactKeys.Of,
        p => [p.Commodity, p.Series, p.Country.Code, p.Year, p.Value, p.Unit, p.IsLowerBound, p.Note, p.SourceId],
        r => new ReserveFact(r.Text(0), r.Iso3(2), r.Integer(3), r.OptionalDouble(4), r.Text(5), r.Boolean(6), r.OptionalText(7),
            r.Text(8), r.OptionalText(1)));

    public static readonly FactTable<NetImportRelianceFact> NetImportReliance = new(
        "net_import_reliance", FactFiles.Trade, "net_import_reliance_pct",
        [C("commodity", Text), C("series", Text), C("importer", Text), C("year", Integer), C("nir_kind", Text), O("nir_percent", Real),
            O("note", Text), C("source_id", Text)],
        f => f.NetImportReliance, (f, rows) => f with { NetImportReliance = rows },
        FactKeys.Of,
        n => [n.Commodity, n.Series, n.Importer.Code, n.Year, n.Value.Kind.ToString(), n.Value.Percent, n.Note, n.SourceId],
        r => new NetImportRelianceFact(r.Text(0), r.Text(1), r.Iso3(2), r.Integer(3),
            new Domain.Facts.NetImportReliance(r.Enum<NirKind>(4), r.OptionalDouble(5)), r.OptionalText(6), r.Text(7)));

    public static readonly FactTable<ImportSourceFact> ImportSources = new(
        "import_sources", FactFiles.Trade, "iso3",
        [C("commodity", Text), C("importer", Text), C("partner", Text), C("share", Real), C("period", Text), O("category", Text),
            C("source_id", Text)],
        f => f.ImportSources, (f, rows) => f with { ImportSources = rows },
        FactKeys.Of,
        i => [i.Commodity, i.Importer.Code, i.Partner.Code, i.Share.Value, i.Period, i.Category, i.SourceId],
        r => new ImportSourceFact(r.Text(0), r.Iso3(1), r.Iso3(2), new Share(r.Double(3)), r.Text(4), r.OptionalText(5), r.Text(6)));

    public static readonly FactTable<StageShareFact> StageShares = new(
        "stage_shares", FactFiles.StageShares, "iso3",
        [C("commodity", Text), C("stage", Text), C("product_scope", Text), C("year", Integer), C("data_type", Text),
            C("is_projection", Bool), C("is_proxy", Bool), O("rank", Integer), O("country", Text), O("region", Text),
            O("share", Real), C("qualifier", Text), O("value", Real), O("unit", Text), O("world_total", Real), O("derived", Text),
            C("source_id", Text), O("notes", Text)],
        f => f.StageShares, (f, rows) => f with { StageShares = rows },
        FactKeys.Of,
        s => [s.Commodity, s.Stage.ToString(), s.ProductScope, s.Year, s.DataType, s.IsProjection, s.IsProxy, s.Rank,
            StoredValues.Iso(s.Country), s.Region, s.Share?.Value, s.Qualifier, s.Value, s.Unit, s.WorldTotal, s.Derived, s.SourceId, s.Notes],
        r => new StageShareFact(r.Text(0), r.Enum<Stage>(1), r.Text(2), r.Integer(3), r.Text(4), r.Boolean(5), r.Boolean(6),
            r.OptionalInteger(7), r.OptionalIso3(8), r.OptionalText(9), r.OptionalDouble(10) is { } share ? new Share(share) : null,
            r.Text(11), r.OptionalDouble(12), r.OptionalText(13), r.OptionalDouble(14), r.OptionalText(15), r.Text(16), r.OptionalText(17)));

    public static readonly FactTable<ExportControl> ExportControls = new(
        "export_controls", FactFiles.ExportControls, "id",
        [C("id", Text), C("date", Text), O("effective_date", Text), C("imposing_country", Text), O("measure_ref", Text),
            C("commodities", Text), C("commodity_text", Text), O("items_scope", Text), C("stages", Text), O("stage_text", Text),
            C("measure_type", Text), C("targets", Text), C("targets_text", Text), C("status", Text), O("status_as_of", Text),
            O("suspended_from", Text), O("suspended_until", Text), C("source_id", Text), O("notes", Text)],
        f => f.ExportControls, (f, rows) => f with { ExportControls = rows },
        FactKeys.Of,
        e => [e.Id, StoredValues.Date(e.Date), StoredValues.Date(e.EffectiveDate), e.Imposing.Code, e.MeasureRef,
            StoredValues.List(e.Commodities), e.CommodityText, e.ItemsScope, StoredValues.List(e.Stages), e.StageText, e.MeasureType,
            StoredValues.List(e.Targets), e.TargetsText, e.Status, StoredValues.Date(e.StatusAsOf), StoredValues.Date(e.SuspendedFrom),
            StoredValues.Date(e.SuspendedUntil), e.SourceId, e.Notes],
        r => new ExportControl(r.Text(0), r.Date(1), r.OptionalDate(2), r.Iso3(3), r.OptionalText(4), r.List(5), r.Text(6),
            r.OptionalText(7), r.List(8).Select(Enum.Parse<Stage>).ToList(), r.OptionalText(9), r.Text(10),
            r.List(11).Select(c => new Iso3(c)).ToList(), r.Text(12), r.Text(13), r.OptionalDate(14), r.OptionalDate(15),
            r.OptionalDate(16), r.Text(17), r.OptionalText(18)));

    public static readonly FactTable<Agreement> Agreements = new(
        "agreements", FactFiles.Agreements, "id",
        [C("id", Text), C("date", Text), C("parties", Text), C("other_parties", Text), C("type", Text), C("commodities", Text),
            C("commodity_text", Text), O("amount_usd", Text), O("amount_note", Text), C("summary", Text), C("status", Text),
            C("source_id", Text), O("notes", Text)],
        f => f.Agreements, (f, rows) => f with { Agreements = rows },
        FactKeys.Of,
        a => [a.Id, StoredValues.Date(a.Date), StoredValues.List(a.Parties), StoredValues.List(a.OtherParties), a.Type,
            StoredValues.List(a.Commodities), a.CommodityText, StoredValues.Money(a.AmountUsd), a.AmountNote, a.Summary, a.Status,
            a.SourceId, a.Notes],
        r => new Agreement(r.Text(0), r.Date(1), r.List(2).Select(c => new Iso3(c)).ToList(), r.List(3), r.Text(4), r.List(5),
            r.Text(6), r.OptionalDecimal(7), r.OptionalText(8), r.Text(9), r.Text(10), r.Text(11), r.OptionalText(12)));

    public static readonly FactTable<Project> Projects = new(
        "projects", FactFiles.Projects, "id",
        [C("id", Text), C("name", Text), C("country", Text), O("location", Text), O("operator", Text), C("commodities", Text),
            C("commodity_text", Text), C("stages", Text), C("stage_text", Text), O("capacity_min", Real), O("capacity_max", Real),
            O("unit", Text), C("status", Text), O("status_date", Text), O("expected_start", Text), O("investment_usd", Text),
            O("investment_note", Text), O("us_gov_support", Text), O("other_gov_support", Text), C("source_id", Text), O("notes", Text)],
        f => f.Projects, (f, rows) => f with { Projects = rows },
        FactKeys.Of,
        p => [p.Id, p.Name, p.Country.Code, p.Location, p.Operator, StoredValues.List(p.Commodities), p.CommodityText,
            StoredValues.List(p.Stages), p.StageText, p.CapacityMin, p.CapacityMax, p.Unit, p.Status, StoredValues.Date(p.StatusDate),
            StoredValues.Date(p.ExpectedStart), StoredValues.Money(p.InvestmentUsd), p.InvestmentNote, p.UsGovSupport,
            p.OtherGovSupport, p.SourceId, p.Notes],
        r => new Project(r.Text(0), r.Text(1), r.Iso3(2), r.OptionalText(3), r.OptionalText(4), r.List(5), r.Text(6),
            r.List(7).Select(Enum.Parse<Stage>).ToList(), r.Text(8), r.OptionalDouble(9), r.OptionalDouble(10), r.OptionalText(11),
            r.Text(12), r.OptionalDate(13), r.OptionalDate(14), r.OptionalDecimal(15), r.OptionalText(16), r.OptionalText(17),
            r.OptionalText(18), r.Text(19), r.OptionalText(20)));

    public static readonly FactTable<TradeMeasure> TradeMeasures = new(
        "trade_measures", FactFiles.TradeMeasures, "id",
        [C("id", Text), C("date", Text), O("effective_date", Text), C("measure_type", Text), C("imposing_country", Text),
            C("targets", Text), C("commodities", Text), C("scope", Text), O("rate_text", Text), C("status", Text), O("status_as_of", Text),
            C("summary", Text), C("source_id", Text), O("notes", Text)],
        f => f.TradeMeasures ?? [], (f, rows) => f with { TradeMeasures = rows },
        FactKeys.Of,
        m => [m.Id, StoredValues.Date(m.Date), StoredValues.Date(m.EffectiveDate), m.MeasureType, m.Imposing.Code,
            StoredValues.List(m.Targets), StoredValues.List(m.Commodities), m.Scope, m.RateText, m.Status, StoredValues.Date(m.StatusAsOf),
            m.Summary, m.SourceId, m.Notes],
        r => new TradeMeasure(r.Text(0), r.Date(1), r.OptionalDate(2), r.Text(3), r.Iso3(4), r.List(5).Select(c => new Iso3(c)).ToList(),
            r.List(6), r.Text(7), r.OptionalText(8), r.Text(9), r.OptionalDate(10), r.Text(11), r.Text(12), r.OptionalText(13)));

    /// <summary>The fact tables (everything but sources), in write order.</summary>
    public static IReadOnlyList<StoreTable> Facts { get; } =
        [Production, Reserves, NetImportReliance, ImportSources, StageShares, ExportControls, Agreements, Projects, TradeMeasures];

    /// <summary>Every table, sources first.</summary>
    public static IReadOnlyList<StoreTable> All { get; } = [Sources, .. Facts];
}
