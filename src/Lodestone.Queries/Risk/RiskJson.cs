namespace Lodestone.Queries.Risk;

/// <summary>The answer to the risk question (<c>lodestone risk --format json</c>, <c>GET /api/risk</c>): one assessment per commodity and method.</summary>
public sealed record RiskJson(string Importer, IReadOnlyList<RiskAssessmentJson> Assessments);
