using Lodestone.Domain.Metrics;
using Lodestone.Domain.Model;

namespace Lodestone.Queries.Risk;

/// <summary>A checked risk question: the importer (GeoPolRisk needs one), the methods, one commodity or every assessable one, the
/// vintage the shares are read for and the date export controls are judged on.</summary>
public sealed record RiskRequest(Iso3 Importer, IReadOnlyList<RiskMethod> Methods, string? Commodity, int? Year, DateOnly AsOf);
