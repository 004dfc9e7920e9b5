using System.Globalization;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;
using Lodestone.Queries.Contracts;
using Lodestone.Queries.Shares;
using Lodestone.Queries.Trade;

namespace Lodestone.Queries.Countries;

/// <summary>The country profile (<c>lodestone country X</c>, <c>GET /api/countries/{iso3}</c>): its shares, reserves, controls, agreements, projects.</summary>
public static class CountryQuestion
{
    /// <summary>Checks the raw values: a country by ISO3, ISO2 or English name; the as-of date (default <paramref name="today"/>); a
    /// plausible year (default the newest complete one).</summary>
    public static CountryRequest Request(Dataset data, string? country, string? asOf, DateOnly today, int? year = null) =>
        new(QueryInput.Country(data, country, null), QueryInput.Date(asOf, "as_of", today), QueryInput.Vintage(data, year, "year"));

    public static CountryDetailDto Answer(Dataset data, CountryRequest request) => Detail(data, request.Country, request.AsOf, request.Year);

    /// <summary>The profile of <paramref name="country"/>; stage shares read for <paramref name="year"/> (or the newest year before it,
    /// marked with <c>year_note</c>).</summary>
    private static CountryDetailDto Detail(Dataset dataset, Country country, DateOnly asOf, int? year)
    {
        var code = country.Iso3;
        var countries = dataset.Countries;
        var shares = new List<CountryShareDto>();
        foreach (var commodity in dataset.CommoditiesWithData())
        {
            foreach (var table in SupplyShares.AllStages(dataset, commodity, year))
            {
                var ranked = table.Rows.Where(r => r.Country is { IsAggregate: false }).ToList();
                var index = ranked.FindIndex(r => r.Country!.Value.Equals(code));
                if (index >= 0 && ranked[index].SharePct is { } pct)
                {
                    shares.Add(new CountryShareDto(commodity, table.Stage.Name(), table.Year, index + 1, pct, ranked[index].Qualifier, table.Basis,
                        ranked[index].SourceId, year is { } y ? Vintages.Mark(table.Year, y) : null));
                }
            }
        }
        shares = shares.OrderByDescending(s => s.SharePct).ToList();
        var reserves = dataset.Reserves.Select(r => r.Commodity).Distinct(StringComparer.Ordinal)
            .SelectMany(commodity => ReserveVintage.Of(dataset, commodity, year)).Where(r => r.Country.Equals(code))
            .OrderBy(r => r.Commodity, StringComparer.Ordinal).ToList();
        var imposed = dataset.ExportControls.Where(c => c.Imposing.Equals(code)).OrderByDescending(c => c.Date).ToList();
        var faced = dataset.ExportControls.Where(c => c.Targets.Contains(code)).OrderByDescending(c => c.Date).ToList();
        var agreements = dataset.Agreements.Where(a => a.Parties.Contains(code)).OrderByDescending(a => a.Date).ToList();
        var projects = dataset.Projects.Where(p => p.Country.Equals(code)).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        var sourceIds = shares.Select(s => s.SourceId)
            .Concat(reserves.Select(r => r.SourceId))
            .Concat(imposed.Select(c => c.SourceId))
            .Concat(faced.Select(c => c.SourceId))
            .Concat(agreements.Select(a => a.SourceId))
            .Concat(projects.Select(p => p.SourceId));
        return new CountryDetailDto(
            code.Code,
            country.Name,
            country.IsoName,
            country.Iso2,
            country.Groups.Order(StringComparer.Ordinal).ToList(),
            country.IsLandlocked,
            asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            year,
            shares,
            reserves.Select(r => r.ToDto(countries, year)).ToList(),
            imposed.Select(c => c.ToDto(countries, asOf)).ToList(),
            faced.Select(c => c.ToDto(countries, asOf)).ToList(),
            agreements.Select(a => a.ToDto()).ToList(),
            projects.Select(p => p.ToDto(countries)).ToList(),
            TradeMeasures.OfCountry(dataset, code),
            DtoMapper.SourcesFor(dataset, sourceIds));
    }
}
