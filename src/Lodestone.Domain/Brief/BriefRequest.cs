using Lodestone.Domain.Model;

namespace Lodestone.Domain.Brief;

/// <summary>What a dependency brief is asked for.</summary>
/// <param name="Importer">The importing country whose dependence is measured (USA first).</param>
/// <param name="Supplier">The supplier of concern (CHN first).</param>
/// <param name="Year">The vintage (data year) every figure is read for; null picks the newest complete year (<see cref="KnowledgeBase.Vintages"/>).</param>
/// <param name="AsOf">The date export-control statuses and agreements are judged on.</param>
public sealed record BriefRequest(Iso3 Importer, Iso3 Supplier, int? Year, DateOnly AsOf);
