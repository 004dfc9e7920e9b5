using Lodestone.Domain.Model;

namespace Lodestone.Queries.Minerals;

/// <summary>A checked mineral question: the commodity, the date control statuses are judged on, and the vintage the stage shares
/// and top producers are read for (<c>Vintages</c>).</summary>
public sealed record MineralRequest(Commodity Commodity, DateOnly AsOf, int? Year = null);
