using Lodestone.Domain.Brief;
using Lodestone.Domain.Exposure;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;
using Lodestone.Exposure.Contracts;

namespace Lodestone.Queries.Exposure;

/// <summary>Direct, effective (traced), control-adjusted and transit exposure of an importer to a supplier (docs/exposure.md).</summary>
/// <remarks>The figures are <see cref="ExposureCalculator"/>'s; this only checks the request and maps the reports to the one
/// contract, <see cref="ExposureJson"/> (extend the mapping there, not here).</remarks>
public static class ExposureQuestion
{
    /// <summary>Checks the raw values: countries by code or name (USA and CHN by default), a commodity by name, alias or symbol, a
    /// stage name, a plausible year (default the newest complete one), an ISO date (default <paramref name="today"/>).</summary>
    public static ExposureRequest Request(Dataset data, string? importer, string? supplier, string? commodity, string? stage, int? year, string? asOf, DateOnly today) =>
        new(QueryInput.Country(data, importer ?? QueryInput.DefaultImporter, "importer").Iso3,
            QueryInput.Country(data, supplier ?? QueryInput.DefaultSupplier, "supplier").Iso3,
            QueryInput.OptionalCommodity(data, commodity, "commodity")?.Name,
            QueryInput.Stage(stage, "stage"),
            QueryInput.Vintage(data, year, "year"),
            QueryInput.Date(asOf, "as_of", today));

    public static ExposureJson Answer(Dataset data, ExposureRequest request)
    {
        IReadOnlyList<ExposureReport> reports = request.Commodity is null
            ? ExposureCalculator.ForAll(data, request.Importer, request.Supplier, request.Year)
            : [ExposureCalculator.For(data, request.Importer, request.Supplier, request.Commodity, request.Year)];
        var json = ExposureJson.From(request.Importer, request.Supplier, reports, request.Year, request.AsOf,
            commodity => ControlSummary.Of(data, commodity, request.Importer, request.Supplier, request.AsOf));
        return request.Stage is not { } only
            ? json
            : json with { Commodities = json.Commodities.Select(c => c with { Stages = c.Stages.Where(s => s.Stage == only.Name()).ToList() }).ToList() };
    }
}
