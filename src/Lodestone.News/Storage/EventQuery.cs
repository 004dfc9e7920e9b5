using Lodestone.Domain.Model;

namespace Lodestone.News.Storage;

/// <summary>Filters for listing events; null fields do not filter.</summary>
/// <param name="Since">Events dated on or after this day; undated events are excluded when set.</param>
public sealed record EventQuery(DateOnly? Since = null, string? Commodity = null, Iso3? Country = null);
