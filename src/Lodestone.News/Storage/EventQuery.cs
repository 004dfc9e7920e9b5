using Lodestone.Domain.Model;
using Lodestone.News.Model;

namespace Lodestone.News.Storage;

/// <summary>Filters for listing events; null fields do not filter.</summary>
/// <param name="Since">Events whose date reaches this day or later (latest day of a partial date); undated events are excluded when set.</param>
/// <param name="Commodity">Canonical commodity name the event must name (case-insensitive).</param>
/// <param name="Country">A party the event must have.</param>
/// <param name="Until">Events whose date starts on or before this day (earliest day of a partial date); undated events are excluded when set.</param>
/// <param name="Type">Only events of this type.</param>
/// <param name="Status">Only events in this review state.</param>
public sealed record EventQuery(
    DateOnly? Since = null,
    string? Commodity = null,
    Iso3? Country = null,
    DateOnly? Until = null,
    EventType? Type = null,
    EventStatus? Status = null);
