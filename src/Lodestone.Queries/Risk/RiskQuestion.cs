using System.Globalization;
using Lodestone.Domain.Brief;
using Lodestone.Domain.Errors;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Metrics;

namespace Lodestone.Queries.Risk;

/// <summary>Supply risk by published methods (EU CRM, GeoPolRisk, USGS) with every input; <c>insufficient_data</c> with the reason when one is missing (docs/metrics.md).</summary>
public static class RiskQuestion
{
    /// <summary>The accepted method names, "all" last.</summary>
    public static IReadOnlyList<string> MethodNames { get; } = ["eu", "geopolrisk", "usgs", "all"];

    /// <summary>Checks the raw values: importer by code or name (USA by default), method (all by default), commodity by name, alias
    /// or symbol, a plausible year (default the newest complete one), an ISO date (default <paramref name="today"/>).</summary>
    public static RiskRequest Request(Dataset data, string? importer, string? method, string? commodity, int? year, string? asOf, DateOnly today)
    {
        var methods = (method?.Trim().ToLowerInvariant() ?? "all") switch
        {
            "eu" => [RiskMethod.Eu],
            "geopolrisk" => [RiskMethod.GeoPolRisk],
            "usgs" => [RiskMethod.Usgs],
            "all" => new[] { RiskMethod.Eu, RiskMethod.GeoPolRisk, RiskMethod.Usgs },
            _ => throw new LodestoneException(ErrorCode.BadArguments, $"expected one of {string.Join(", ", MethodNames)}, got '{method}'", "method"),
        };
        return new RiskRequest(QueryInput.Country(data, importer ?? QueryInput.DefaultImporter, "importer").Iso3, methods,
            QueryInput.OptionalCommodity(data, commodity, "commodity")?.Name, QueryInput.Vintage(data, year, "year"), QueryInput.Date(asOf, "as_of", today));
    }

    public static RiskJson Answer(Dataset data, RiskRequest request)
    {
        IReadOnlyList<string> commodities = request.Commodity is { } one ? [one] : RiskAssessor.Commodities(data);
        var assessments = commodities.SelectMany(c => request.Methods.Select(m => RiskAssessor.Assess(data, c, m, request.Importer, request.Year)));
        var controls = commodities.ToDictionary(c => c, c => ControlSummary.Of(data, c, request.Importer, null, request.AsOf), StringComparer.Ordinal);
        return new RiskJson(request.Importer.Code, request.Year, request.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            assessments.Select(RiskAssessmentJson.From).ToList(), controls);
    }

    public static string MethodName(RiskMethod method) => method switch
    {
        RiskMethod.Eu => "eu",
        RiskMethod.GeoPolRisk => "geopolrisk",
        _ => "usgs",
    };
}
