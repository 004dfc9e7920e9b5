using Lodestone.Domain.Model;

namespace Lodestone.News.Model;

/// <summary>An event found in one article, every field with its evidence.</summary>
/// <param name="Date">The date the text fixes for the event; null when it does not (never guessed).</param>
/// <param name="DateSpan">Where the date expression is.</param>
/// <param name="Parties">Country parties (participants, imposing and targeted states, project hosts), each with its span.</param>
/// <param name="Commodities">Commodity mentions in the supporting sentences.</param>
/// <param name="Topics">Generic subjects ("critical minerals") that name no commodity.</param>
/// <param name="Summary">The first supporting sentence, as written.</param>
/// <param name="Evidence">The supporting sentences.</param>
public sealed record ExtractedEvent(
    EventType Type,
    PartialDate? Date,
    TextSpan? DateSpan,
    IReadOnlyList<Mention> Parties,
    IReadOnlyList<Mention> Commodities,
    IReadOnlyList<Mention> Topics,
    IReadOnlyList<Mention> Organizations,
    Money? Amount,
    string Summary,
    IReadOnlyList<TextSpan> Evidence)
{
    public IReadOnlyList<string> Countries => Parties.Select(p => p.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    public IReadOnlyList<string> CommodityNames => Commodities.Select(p => p.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
