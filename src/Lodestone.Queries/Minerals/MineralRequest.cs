using Lodestone.Domain.Model;

namespace Lodestone.Queries.Minerals;

/// <summary>A checked mineral question: the commodity and the date control statuses are judged on.</summary>
public sealed record MineralRequest(Commodity Commodity, DateOnly AsOf);
