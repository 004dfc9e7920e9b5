using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;
using Lodestone.Domain.Trade;
using Lodestone.Queries.Contracts;

namespace Lodestone.Queries.Trade;

/// <summary>Bilateral trade in a commodity as BACI records it: partners with value, tonnes, share and unit value; the world's top exporters; the supplier's share of recorded exports over 2002–2024.</summary>
/// <remarks>
/// Every figure comes from <see cref="Dataset.Trade"/> (the BACI flows of the codes <c>reference/hs_codes.csv</c> maps) or
/// <see cref="Dataset.ExportSeries"/>; nothing is estimated. A bundle code (8112.92) is shown as the bundle. Shares are by value.
/// </remarks>
public static class TradeQuestion
{
    /// <summary>How many exporters the world list shows.</summary>
    public const int TopExporters = 10;

    public const string SeriesNote =
        "share of recorded exports: BACI's top-partner series keeps only each country's 6 largest partners per side (95-100 % of value), "
        + "so this is a share of the recorded flows, not of all world exports; HS02 codes for 2002-2016, HS17 for 2017-2024";

    /// <summary>Checks the raw values: commodity by name, alias or symbol; countries by ISO3, ISO2 or name; supplier CHN by default.</summary>
    public static TradeRequest Request(Dataset data, string? commodity, string? importer, string? exporter, int? year, string? supplier = null) =>
        new(QueryInput.Commodity(data, commodity, "commodity").Name,
            string.IsNullOrWhiteSpace(importer) ? null : QueryInput.Country(data, importer, "importer").Iso3,
            string.IsNullOrWhiteSpace(exporter) ? null : QueryInput.Country(data, exporter, "exporter").Iso3,
            QueryInput.Year(year, "year"),
            QueryInput.Country(data, supplier ?? "CHN", "supplier").Iso3);

    public static TradeJson Answer(Dataset data, TradeRequest request)
    {
        var trade = data.Trade;
        var codes = trade.CodesFor(request.Commodity).Where(c => trade.LatestYear(c.Hs6) is not null)
            .OrderBy(c => c.IsBundle).ThenBy(c => c.Hs6, StringComparer.Ordinal).ToList();
        var notes = new List<string>();
        if (codes.Count == 0)
        {
            notes.Add($"no BACI flows of a code carrying {request.Commodity} in the data: missing, not zero "
                + "(data/trade/README.md lists the codes the shipped extract lacks; `data import-baci` adds a full release)");
        }
        var answers = codes.Select(c => Code(data, c, request, notes)).ToList();
        var series = codes.Select(c => Series(data.ExportSeries, c, request.Supplier)).Where(s => s.Points.Count > 0).ToList();
        var sourceIds = answers.Select(a => a.SourceId).Concat(series.Select(s => s.SourceId)).Distinct(StringComparer.Ordinal);
        var countries = new[] { request.Importer, request.Exporter }.Where(c => c is not null).Select(c => c!.Value);
        var measures = TradeMeasures.For(data, request.Commodity, countries);
        return new TradeJson(request.Commodity, request.Importer?.Code, request.Exporter?.Code, request.Year, answers, series, measures, notes,
            sourceIds.Where(data.Sources.ContainsKey).Select(id => data.Sources[id].ToDto()).ToList());
    }

    private static TradeCodeJson Code(Dataset data, HsCode code, TradeRequest request, List<string> notes)
    {
        var trade = data.Trade;
        var year = request.Year ?? trade.LatestYear(code.Hs6);
        var flows = year is { } y ? trade.Flows(code.Hs6, y) : [];
        if (request.Year is { } asked && flows.Count == 0)
        {
            notes.Add($"{code.Dotted}: no flows recorded for {asked} (years with data: {string.Join(", ", trade.Years(code.Hs6))})");
        }
        var world = flows.Sum(f => f.ValueUsd);
        var (partnersOf, partners, total) = Partners(data, flows, request);
        var exporters = flows.GroupBy(f => f.Exporter)
            .Select(g => Partner(data, g.Key, g.Sum(f => f.ValueUsd), Tonnes(g), world))
            .OrderByDescending(p => p.ValueUsd).ThenBy(p => p.Iso3, StringComparer.Ordinal).Take(TopExporters).ToList();
        return new TradeCodeJson(code.Hs6, code.Dotted, code.Nomenclature, code.Description, code.Stage.Name(), code.IsBundle, code.BundleMembers,
            // A year without flows is a year the data lacks: its world figures are missing, never 0.
            flows.Count > 0 ? year : null, partnersOf, total, partners, flows.Count > 0 ? world : null, flows.Count > 0 ? flows.Sum(f => f.Tonnes ?? 0) : null, flows.Count,
            flows.Count(f => f.Tonnes is null), exporters, flows.Count > 0 ? flows[0].SourceId : "cepii-baci-hs17-v202601",
            total is { } t && world > 0 ? t / world : null);
    }

    private static (string? Of, IReadOnlyList<TradePartnerJson> Partners, double? Total) Partners(Dataset data, IReadOnlyList<TradeFlow> flows, TradeRequest request)
    {
        if (request.Importer is { } importer)
        {
            var imports = flows.Where(f => f.Importer == importer).ToList();
            var total = imports.Sum(f => f.ValueUsd);
            var listed = request.Exporter is { } only ? imports.Where(f => f.Exporter == only) : imports;
            var of = request.Exporter is { } e ? $"{importer.Code} imports from {e.Code}" : $"imports of {importer.Code}";
            return (of, Ranked(listed.Select(f => Partner(data, f.Exporter, f.ValueUsd, f.Tonnes, total))), total);
        }
        if (request.Exporter is { } exporter)
        {
            var exports = flows.Where(f => f.Exporter == exporter).ToList();
            var total = exports.Sum(f => f.ValueUsd);
            return ($"exports of {exporter.Code}", Ranked(exports.Select(f => Partner(data, f.Importer, f.ValueUsd, f.Tonnes, total))), total);
        }
        return (null, [], null);
    }

    private static List<TradePartnerJson> Ranked(IEnumerable<TradePartnerJson> partners) =>
        partners.OrderByDescending(p => p.ValueUsd).ThenBy(p => p.Iso3, StringComparer.Ordinal).ToList();

    /// <summary>Tonnes of a group of flows: null when any flow lacks them (a partial sum would read as the whole).</summary>
    private static double? Tonnes(IEnumerable<TradeFlow> flows)
    {
        double sum = 0;
        foreach (var f in flows)
        {
            if (f.Tonnes is not { } t)
            {
                return null;
            }
            sum += t;
        }
        return sum;
    }

    private static TradePartnerJson Partner(Dataset data, Iso3 country, double value, double? tonnes, double total) =>
        new(country.Code, data.Countries.NameOf(country), value, tonnes, total > 0 ? value / total : 0,
            tonnes is > 0 ? value / tonnes.Value : null);

    private static ExportShareJson Series(ExportSeries series, HsCode code, Iso3 supplier)
    {
        var points = series.Years(code.Hs6).Select(year =>
        {
            var (own, recorded) = series.Exports(code.Hs6, year, supplier)!.Value;
            return new ExportSharePointJson(year, own, recorded, recorded > 0 ? own / recorded : null);
        }).ToList();
        return new ExportShareJson(code.Hs6, code.IsBundle, supplier.Code, points, SeriesNote, series.SourceId);
    }
}
