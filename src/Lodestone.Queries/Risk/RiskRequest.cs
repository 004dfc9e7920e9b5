using Lodestone.Domain.Metrics;
using Lodestone.Domain.Model;

namespace Lodestone.Queries.Risk;

/// <summary>A checked risk question: the importer (GeoPolRisk needs one), the methods, and one commodity or every assessable one.</summary>
public sealed record RiskRequest(Iso3 Importer, IReadOnlyList<RiskMethod> Methods, string? Commodity);
