using System.Globalization;
using Lodestone.Domain.Controls;
using Lodestone.Domain.Facts;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Metrics;
using Lodestone.Domain.Model;
using Lodestone.Queries.Contracts;
using Lodestone.Queries.Shares;
using Lodestone.Queries.Trade;

namespace Lodestone.Queries.Minerals;

/// <summary>The mineral profile (<c>lodestone mineral NAME</c>, <c>GET /api/minerals/{name}</c>) and the mineral list.</summary>
public static class MineralQuestion
{
    /// <summary>Checks the raw values: a commodity by name, alias or symbol; the as-of date (default <paramref name="today"/>); a
    /// plausible year (default the newest complete one).</summary>
    public static MineralRequest Request(Dataset data, string? name, string? asOf, DateOnly today, int? year = null) =>
        new(QueryInput.Commodity(data, name, null), QueryInput.Date(asOf, "as_of", today), QueryInput.Vintage(data, year, "year"));

    public static MineralDetailDto Answer(Dataset data, MineralRequest request) => Detail(data, request.Commodity, request.AsOf, request.Year);

    /// <summary>Every commodity with data, with the largest supplier of each stage read for <paramref name="year"/> (a plausible year,
    /// default the newest complete one; a leader of another year carries <c>year_note</c>).</summary>
    /// <param name="all">Also the commodities without data, in the knowledge base's order.</param>
    public static IReadOnlyList<MineralSummaryDto> Summaries(Dataset dataset, int? year = null, bool all = false)
    {
        var vintage = QueryInput.Vintage(dataset, year, "year");
        var names = dataset.CommoditiesWithData();
        var withData = names.ToHashSet(StringComparer.Ordinal);
        IEnumerable<Commodity> listed = all ? dataset.Commodities.All : names.Select(name => dataset.Commodities.Find(name)).OfType<Commodity>();
        return listed.Select(c => Summary(dataset, c, vintage, withData.Contains(c.Name))).ToList();
    }

    private static MineralSummaryDto Summary(Dataset dataset, Commodity commodity, int? year, bool hasData)
    {
        var leaders = SupplyShares.AllStages(dataset, commodity.Name, year)
            .Select(t => (Table: t, Leader: t.Leader))
            .Where(x => x.Leader is not null)
            .Select(x => new StageLeaderDto(x.Table.Stage.Name(), x.Table.Year, x.Leader!.Country!.Value.Code, x.Leader.Label,
                x.Leader.SharePct!.Value, x.Leader.Qualifier, x.Table.Basis, x.Leader.SourceId, year is { } y ? Vintages.Mark(x.Table.Year, y) : null))
            .ToList();
        return new MineralSummaryDto(commodity.Name, KindName(commodity.Kind), commodity.OnUsList2025, commodity.OnEuList2023,
            commodity.EuStrategic2023, leaders, commodity.Symbols, commodity.MemberOf, hasData);
    }

    /// <summary>The detail of <paramref name="commodity"/>; control statuses are judged on <paramref name="asOf"/>, stage shares and
    /// top producers read for <paramref name="year"/> (or the newest before it, marked).</summary>
    private static MineralDetailDto Detail(Dataset dataset, Commodity commodity, DateOnly asOf, int? year)
    {
        var name = commodity.Name;
        var countries = dataset.Countries;
        var stages = SupplyShares.AllStages(dataset, name, year);
        var producers = TopProducers(dataset, name, year);
        var reserves = ReserveVintage.Of(dataset, name, year)
            .OrderBy(r => r.Country.IsAggregate ? 1 : 0).ThenByDescending(r => r.Value ?? -1).ToList();
        var nir = dataset.NetImportReliance.Where(n => n.Commodity == name && n.Importer.Code == "USA")
            .OrderByDescending(n => n.Year).ThenBy(n => n.Series, StringComparer.Ordinal).ToList();
        var imports = dataset.ImportSources.Where(i => i.Commodity == name && i.Importer.Code == "USA")
            .OrderBy(i => i.Category, StringComparer.Ordinal).ThenByDescending(i => i.Share.Value).ToList();
        var controls = ControlCoverage.Covering(dataset, name, asOf).OrderByDescending(c => c.Date).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        var agreements = dataset.Agreements.Where(a => a.Covers(name)).OrderByDescending(a => a.Date).ToList();
        var projects = dataset.Projects.Where(p => p.Commodities.Contains(name, StringComparer.Ordinal))
            .OrderBy(p => p.ExpectedStart ?? new PartialDate(2200)).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();

        var prices = Prices(dataset, name);
        var sourceIds = commodity.SourceIds
            .Concat(stages.SelectMany(t => t.Rows.Select(r => r.SourceId)))
            .Concat(producers.Select(p => p.SourceId))
            .Concat(reserves.Select(r => r.SourceId))
            .Concat(nir.Select(n => n.SourceId))
            .Concat(imports.Select(i => i.SourceId))
            .Concat(controls.Select(c => c.SourceId))
            .Concat(agreements.Select(a => a.SourceId))
            .Concat(projects.Select(p => p.SourceId));

        return new MineralDetailDto(
            name,
            asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            year,
            KindName(commodity.Kind),
            commodity.Aliases,
            commodity.Symbols,
            commodity.MemberOf,
            commodity.HsCodes,
            commodity.OnUsList2025,
            commodity.OnEuList2023,
            commodity.EuStrategic2023,
            stages.Select(t => t.ToDto(year)).ToList(),
            Stages.All.Select(s => (Stage: s, Reason: StageSeriesSelector.MissingReason(dataset, name, s)))
                .Where(x => x.Reason is not null).Select(x => new MissingStageDto(x.Stage.Name(), x.Reason!)).ToList(),
            producers.Select(p => p.ToDto(countries)).ToList(),
            reserves.Select(r => r.ToDto(countries, year)).ToList(),
            // The series keep every published year; one after the view's year is marked, never read as the year's.
            new UsTradeDto(
                nir.Select(n => n.ToDto() with { YearNote = year is { } y && n.Year > y ? Vintages.Mark(n.Year, y) : null }).ToList(),
                imports.Select(i => i.ToDto(countries) with { YearNote = year is { } y && Vintages.PeriodEnd(i.Period) > y ? Vintages.MarkPeriod(i.Period, y) : null }).ToList()),
            controls.Select(c => c.ToDto(countries, asOf)).ToList(),
            agreements.Select(a => a.ToDto()).ToList(),
            projects.Select(p => p.ToDto(countries)).ToList(),
            prices,
            TradeMeasures.For(dataset, name, []),
            [.. DtoMapper.SourcesFor(dataset, sourceIds), .. PriceSources(dataset, prices, sourceIds)]);
    }

    /// <summary>The map's question (<c>GET /api/minerals/{name}/shares</c>, the dashboard's map): one stage of a commodity (default
    /// mining), read for <paramref name="year"/> (default the newest complete year; a table of another year carries <c>year_note</c>);
    /// null when the knowledge base has no shares for that stage.</summary>
    public static StageSharesDto? StageShares(Dataset dataset, string? name, string? stage, int? year)
    {
        var commodity = QueryInput.Commodity(dataset, name, null);
        var chosen = QueryInput.Stage(stage ?? "mining", "stage")!.Value;
        var vintage = QueryInput.Vintage(dataset, year, "year");
        return SupplyShares.For(dataset, commodity.Name, chosen, vintage)?.ToDto(vintage);
    }

    /// <summary>The commodity's annual prices and stocks from the USGS salient files, one series per published column.</summary>
    public static IReadOnlyList<PriceSeriesDto> Prices(Dataset dataset, string commodity) =>
        dataset.SalientFigures.For(commodity)
            .GroupBy(f => (f.Kind, f.File, f.Column))
            .Select(g =>
            {
                var first = g.First();
                return new PriceSeriesDto(first.Kind.Display(), first.Series, first.Unit, first.Note, first.File,
                    first.Column, first.SourceId, g.OrderBy(f => f.Year).Select(f => new PricePointDto(f.Year, f.Value, f.Mark, f.IsEstimate)).ToList());
            })
            .ToList();

    /// <summary>The sources of the price series that the dataset's own source list does not hold (the salient files' citations).</summary>
    private static IEnumerable<SourceDto> PriceSources(Dataset dataset, IReadOnlyList<PriceSeriesDto> prices, IEnumerable<string> cited)
    {
        var known = DtoMapper.SourcesFor(dataset, cited).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        return prices.Select(p => p.SourceId).Distinct(StringComparer.Ordinal).Where(id => !known.Contains(id))
            .Select(id => dataset.SalientFigures.Sources.GetValueOrDefault(id) ?? dataset.Sources.GetValueOrDefault(id))
            .OfType<Source>()
            .Select(s => s.ToDto());
    }

    /// <summary>Producers of the main mining series (refining when there is no mining) in <paramref name="year"/> or the newest year
    /// before it (null: the newest), largest first, world total last.</summary>
    public static IReadOnlyList<ProductionFact> TopProducers(Dataset dataset, string commodity, int? year = null)
    {
        foreach (var stage in new[] { Stage.Mining, Stage.Refining })
        {
            var table = SupplyShares.For(dataset, commodity, stage, year);
            if (table is not { Basis: SupplyShares.ComputedBasis })
            {
                continue;
            }
            return dataset.Production
                .Where(p => p.Commodity == commodity && p.Stage == stage && p.Series == table.Scope && p.Year == table.Year && p.Kind == OutputKind.Production)
                .OrderBy(p => p.Country.Equals(Iso3.World) ? 2 : p.Country.IsAggregate ? 1 : 0)
                .ThenByDescending(p => p.Value ?? -1)
                .ToList();
        }
        return [];
    }

    public static string KindName(CommodityKind kind) => kind.ToString().ToLowerInvariant();
}
