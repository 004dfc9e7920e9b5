using Lodestone.Domain.Brief;
using Lodestone.Domain.KnowledgeBase;

namespace Lodestone.Queries.Brief;

/// <summary>The dependency brief: how dependent an importer is on one supplier for each mineral, stage by stage (docs/brief.md).</summary>
public static class BriefQuestion
{
    /// <summary>Checks the raw values: countries by code or name (USA and CHN by default), a plausible year (default the newest
    /// complete one), an ISO date (default <paramref name="today"/>).</summary>
    public static BriefRequest Request(Dataset data, string? importer, string? supplier, int? year, string? asOf, DateOnly today) =>
        new(QueryInput.Country(data, importer ?? QueryInput.DefaultImporter, "importer").Iso3,
            QueryInput.Country(data, supplier ?? QueryInput.DefaultSupplier, "supplier").Iso3,
            QueryInput.Vintage(data, year, "year"),
            QueryInput.Date(asOf, "as_of", today));

    public static DependencyBrief Answer(Dataset data, BriefRequest request) => BriefCalculator.Compute(data, request);
}
