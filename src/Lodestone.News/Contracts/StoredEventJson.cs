namespace Lodestone.News.Contracts;

/// <summary>One stored event: the shape of <c>lodestone events --format json</c> and of <c>/api/events</c>.</summary>
/// <param name="Date">ISO date at the precision the news fixes ("2025-11-06", "2025-11", "2025"); null when undated.</param>
/// <param name="Status">"linked", "pending", "accepted", "rejected" or "none" (see <see cref="Storage.EventStatus"/>).</param>
/// <param name="AmountUsd">The amount when its currency is USD, else null (never converted).</param>
/// <param name="KnowledgeBase">Ids of the matching knowledge-base records (agreements, export controls).</param>
/// <param name="Sources">One entry per reporting article with the evidence in that article's text.</param>
public sealed record StoredEventJson(
    long Id,
    string Type,
    string? Date,
    string Status,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Commodities,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Organizations,
    AmountJson? Amount,
    decimal? AmountUsd,
    string Summary,
    IReadOnlyList<string> KnowledgeBase,
    IReadOnlyList<EventSourceJson> Sources);
