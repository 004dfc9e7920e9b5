using Lodestone.Domain.Model;
using Lodestone.News.Model;

namespace Lodestone.News.Storage;

/// <summary>An event as stored: merged over every article that reported it.</summary>
/// <param name="Sources">One entry per reporting article, with its evidence.</param>
/// <param name="KnowledgeBaseIds">Matching agreement or export-control records, if any.</param>
/// <param name="Status">Linked to the knowledge base, proposed (pending, accepted, rejected), or news only.</param>
public sealed record StoredEvent(
    long Id,
    EventType Type,
    PartialDate? Date,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Commodities,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Organizations,
    decimal? AmountValue,
    string? AmountCurrency,
    string Summary,
    IReadOnlyList<EventSource> Sources,
    IReadOnlyList<string> KnowledgeBaseIds,
    EventStatus Status = EventStatus.None);
