using System.Globalization;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;
using Lodestone.Queries.Contracts;

namespace Lodestone.Queries.Export;

/// <summary>The dataset as export documents: one JSON document, or one flat CSV table per fact kind.</summary>
public static class ExportTables
{
    /// <summary>Table names accepted by <c>GET /api/export?format=csv&amp;table=…</c>.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["sources", "production", "reserves", "stage_shares", "net_import_reliance", "import_sources", "export_controls", "agreements", "projects"];

    public static ExportDto Document(Dataset d, DateOnly today)
    {
        var c = d.Countries;
        return new ExportDto(
            d.Sources.Values.OrderBy(s => s.Id, StringComparer.Ordinal).Select(s => s.ToDto()).ToList(),
            d.Production.Select(p => p.ToDto(c)).ToList(),
            d.Reserves.Select(r => r.ToDto(c)).ToList(),
            d.StageShares.Select(s => new StageShareFactDto(s.Commodity, s.Stage.Name(), s.ProductScope, s.Year, s.DataType, s.IsProjection, s.IsProxy,
                s.Country?.Code, s.Region, s.Share?.Percent, s.Qualifier, s.Value, s.Unit, s.WorldTotal, s.SourceId)).ToList(),
            d.NetImportReliance.Select(n => n.ToDto()).ToList(),
            d.ImportSources.Select(i => i.ToDto(c)).ToList(),
            d.ExportControls.Select(x => x.ToDto(c, today)).ToList(),
            d.Agreements.Select(a => a.ToDto()).ToList(),
            d.Projects.Select(p => p.ToDto(c)).ToList());
    }

    /// <summary>The header and rows of one table; null for an unknown table name.</summary>
    public static (string[] Header, IEnumerable<string?[]> Rows)? Table(Dataset d, string name, DateOnly today)
    {
        var doc = Document(d, today);
        return name switch
        {
            "sources" => (["id", "title", "publisher", "url", "published", "read_via"],
                doc.Sources.Select(s => new[] { s.Id, s.Title, s.Publisher, s.Url, s.Published, s.ReadVia })),
            "production" => (["commodity", "stage", "series", "country", "year", "value", "unit", "is_estimate", "is_lower_bound", "note", "source_id"],
                d.Production.Select(p => new[] { p.Commodity, p.Stage.Name(), p.Series, p.Country.Code, I(p.Year), N(p.Value), p.Unit, B(p.IsEstimate), B(p.IsLowerBound), p.Note, p.SourceId })),
            "reserves" => (["commodity", "country", "year", "value", "unit", "is_lower_bound", "note", "source_id"],
                d.Reserves.Select(r => new[] { r.Commodity, r.Country.Code, I(r.Year), N(r.Value), r.Unit, B(r.IsLowerBound), r.Note, r.SourceId })),
            "stage_shares" => (["commodity", "stage", "product_scope", "year", "data_type", "is_projection", "is_proxy", "country", "region", "share_pct", "qualifier", "value", "unit", "world_total", "source_id"],
                doc.StageShares.Select(s => new[] { s.Commodity, s.Stage, s.ProductScope, I(s.Year), s.DataType, B(s.IsProjection), B(s.IsProxy), s.Country, s.Region, N(s.SharePct), s.Qualifier, N(s.Value), s.Unit, N(s.WorldTotal), s.SourceId })),
            "net_import_reliance" => (["commodity", "series", "importer", "year", "value", "lower_pct", "upper_pct", "note", "source_id"],
                d.NetImportReliance.Select(n => new[] { n.Commodity, n.Series, n.Importer.Code, I(n.Year), n.Value.ToString(), N(n.Value.Lower), N(n.Value.Upper), n.Note, n.SourceId })),
            "import_sources" => (["commodity", "importer", "partner", "share_pct", "period", "category", "source_id"],
                d.ImportSources.Select(i => new[] { i.Commodity, i.Importer.Code, i.Partner.Code, N(i.Share.Percent), i.Period, i.Category, i.SourceId })),
            "export_controls" => (["id", "date", "effective_date", "imposing", "measure_type", "commodity_text", "targets_text", "status", "status_as_of", "status_today", "source_id"],
                doc.ExportControls.Select(x => new[] { x.Id, x.Date, x.EffectiveDate, x.Imposing, x.MeasureType, x.CommodityText, x.TargetsText, x.Status, x.StatusAsOf, x.StatusJudged, x.SourceId })),
            "agreements" => (["id", "date", "parties", "other_parties", "type", "commodity_text", "amount_usd", "summary", "status", "source_id"],
                doc.Agreements.Select(a => new[] { a.Id, a.Date, string.Join(";", a.Parties), string.Join(";", a.OtherParties), a.Type, a.CommodityText, a.AmountUsd?.ToString(CultureInfo.InvariantCulture), a.Summary, a.Status, a.SourceId })),
            "projects" => (["id", "name", "country", "operator", "commodity_text", "stages", "capacity_min", "capacity_max", "unit", "status", "expected_start", "investment_usd", "source_id"],
                doc.Projects.Select(p => new[] { p.Id, p.Name, p.Country, p.Operator, p.CommodityText, string.Join(";", p.Stages), N(p.CapacityMin), N(p.CapacityMax), p.Unit, p.Status, p.ExpectedStart, p.InvestmentUsd?.ToString(CultureInfo.InvariantCulture), p.SourceId })),
            _ => null,
        };
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? N(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static string B(bool value) => value ? "true" : "false";
}
