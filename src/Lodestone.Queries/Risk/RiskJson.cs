using Lodestone.Domain.Brief;

namespace Lodestone.Queries.Risk;

/// <summary>The answer to the risk question (<c>lodestone risk --format json</c>, <c>GET /api/risk</c>): one assessment per commodity and method.</summary>
/// <param name="Year">The vintage the stage shares and import sources are read for.</param>
/// <param name="AsOf">The date <paramref name="ExportControls"/> are judged on, YYYY-MM-DD.</param>
/// <param name="ExportControls">Per assessed commodity, every country's export controls covering it that apply to the importer.</param>
public sealed record RiskJson(string Importer, int? Year, string AsOf, IReadOnlyList<RiskAssessmentJson> Assessments,
    IReadOnlyDictionary<string, IReadOnlyList<ControlSummary>> ExportControls);
