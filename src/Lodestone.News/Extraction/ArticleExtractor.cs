using Lodestone.Domain.Model;
using Lodestone.News.Gazetteers;
using Lodestone.News.Model;
using Lodestone.News.Text;

namespace Lodestone.News.Extraction;

/// <summary>Turns an article's text into typed events and claims, every field with its evidence span.</summary>
/// <remarks>
/// Stateless and offline: gazetteers come from the knowledge base. Steps: sentences; mentions (countries, commodities,
/// topics, organisations, people) outside link lists and navigation; one event per sentence whose triggers type it;
/// its parties are the countries of the sentence except those named only as a motive or inside a non-government
/// organisation's name; its date is the sentence's first date expression resolved against the publication date;
/// events of an article that report the same thing (all summit sentences; same type and same parties) merge.
/// An event needs at least one party or commodity. Texts longer than <see cref="MaxCharacters"/> are cut there.
/// </remarks>
public sealed class ArticleExtractor(NewsGazetteers gazetteers)
{
    /// <summary>The longest text extracted (1,000,000 characters, ~300 news articles): longer input is truncated.</summary>
    public const int MaxCharacters = 1_000_000;

    private static readonly System.Text.RegularExpressions.Regex Continuation = new(
        @"^(?:The|This|That|Its) (?:plan|framework|deal|agreement|accord|ban|controls?|measure|rules?|project|fund|plant|refinery|mine|list|pact|venture|tariffs?|restrictions?)\b",
        System.Text.RegularExpressions.RegexOptions.Compiled | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private readonly MentionFinder _mentions = new(gazetteers);

    public ArticleExtraction Extract(string text, string? title, DateOnly? published)
    {
        if (text.Length > MaxCharacters)
        {
            text = text[..MaxCharacters];
        }
        var ignored = IgnoredRegions.Find(text);
        bool Kept(TextSpan span) => !ignored.Any(i => i.Overlaps(span));

        var organizations = OrganizationFinder.Find(text, out var government).Where(o => Kept(o.Span)).ToList();
        var countries = _mentions.Countries(text).Where(c => Kept(c.Mention.Span)).ToList();
        var commodities = _mentions.Commodities(text, out var topics)
            .Where(c => Kept(c.Span) && !InsideCompanyName(c.Span, organizations, government))
            .ToList();
        var people = PersonFinder.Find(text, countries).Where(p => Kept(p.Span)).ToList();
        var sentences = SentenceSplitter.Split(text).Where(Kept).ToList();

        var events = new List<ExtractedEvent>();
        ExtractedEvent? previous = null;
        foreach (var sentence in sentences)
        {
            var found = EventIn(text, sentence, countries, commodities, topics, organizations, government, published);
            if (found is not null && found.Parties.Count == 0 && previous is not null && previous.Type == found.Type)
            {
                // "Lithium concentrates are not covered by the export ban.": a follow-up of the event just reported.
                var index = events.IndexOf(previous);
                previous = previous with { Commodities = Union(previous.Commodities, found.Commodities), Evidence = [.. previous.Evidence, sentence] };
                events[index] = previous;
                continue;
            }
            if (found is not null)
            {
                MergeInto(events, found);
                previous = events.FirstOrDefault(e => e.Evidence.Contains(sentence));
                continue;
            }
            if (previous is not null && Continuation.IsMatch(sentence.Of(text)))
            {
                // "The framework covers rare earths and gallium.": the commodities belong to the event just reported.
                var more = commodities.Where(c => sentence.Covers(c.Span)).ToList();
                if (more.Count > 0)
                {
                    var index = events.IndexOf(previous);
                    previous = previous with { Commodities = Union(previous.Commodities, more), Evidence = [.. previous.Evidence, sentence] };
                    events[index] = previous;
                }
                continue;
            }
            previous = null;
        }
        var claims = ClaimFinder.Find(text, sentences, countries, people, organizations, gazetteers.Leaders, published);
        var mentions = countries.Select(c => c.Mention)
            .Concat(commodities).Concat(topics.Where(t => Kept(t.Span))).Concat(organizations).Concat(people)
            .OrderBy(m => m.Span.Start)
            .ToList();
        return new ArticleExtraction(title, published, events, claims, mentions);
    }

    private static ExtractedEvent? EventIn(
        string text, TextSpan sentence, IReadOnlyList<CountryMention> countries, IReadOnlyList<Mention> commodities,
        IReadOnlyList<Mention> topics, IReadOnlyList<Mention> organizations, IReadOnlySet<TextSpan> government, DateOnly? published)
    {
        var s = sentence.Of(text);
        if (EventClassifier.Classify(s) is not { } type)
        {
            return null;
        }
        var motives = MotiveScope.Find(s, sentence.Start);
        var parties = countries
            .Where(c => sentence.Covers(c.Mention.Span))
            .Where(c => !motives.Any(m => m.Covers(c.Mention.Span)))
            .Where(c => !organizations.Any(o => o.Span.Covers(c.Mention.Span) && o.Value.EndsWith(" Party", StringComparison.Ordinal)))
            .Select(c => c.Mention)
            .GroupBy(m => m.Value, StringComparer.Ordinal)
            .Select(g => g.First())
            .ToList();
        var eventCommodities = commodities.Where(c => sentence.Covers(c.Span)).ToList();
        if (parties.Count == 0 && eventCommodities.Count == 0)
        {
            return null;
        }
        var date = DateResolver.FirstIn(s, sentence.Start, published);
        var money = MoneyFinder.Find(s, sentence.Start).FirstOrDefault();
        return new ExtractedEvent(
            type,
            date?.Date,
            date?.Span,
            parties,
            eventCommodities,
            topics.Where(t => sentence.Covers(t.Span)).ToList(),
            organizations.Where(o => sentence.Covers(o.Span)).ToList(),
            money,
            s,
            [sentence]);
    }

    private static void MergeInto(List<ExtractedEvent> events, ExtractedEvent next)
    {
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Type != next.Type || !SameReport(e, next))
            {
                continue;
            }
            events[i] = e with
            {
                Date = e.Date ?? next.Date,
                DateSpan = e.Date is null ? next.DateSpan : e.DateSpan,
                Parties = Union(e.Parties, next.Parties),
                Commodities = Union(e.Commodities, next.Commodities),
                Topics = Union(e.Topics, next.Topics),
                Organizations = Union(e.Organizations, next.Organizations),
                Amount = e.Amount ?? next.Amount,
                Evidence = [.. e.Evidence, .. next.Evidence],
            };
            return;
        }
        events.Add(next);
    }

    private static bool SameReport(ExtractedEvent a, ExtractedEvent b)
    {
        if (a.Date is { } da && b.Date is { } db && da != db)
        {
            return false;
        }
        if (a.Type == EventType.Summit)
        {
            return a.Countries.Intersect(b.Countries, StringComparer.Ordinal).Any();
        }
        return a.Countries.SequenceEqual(b.Countries, StringComparer.Ordinal)
            && (a.CommodityNames.Count == 0 || b.CommodityNames.Count == 0 || a.CommodityNames.Intersect(b.CommodityNames, StringComparer.Ordinal).Any());
    }

    private static IReadOnlyList<Mention> Union(IReadOnlyList<Mention> a, IReadOnlyList<Mention> b) =>
        [.. a, .. b.Where(m => !a.Any(x => x.Value == m.Value))];

    private static bool InsideCompanyName(TextSpan span, IReadOnlyList<Mention> organizations, IReadOnlySet<TextSpan> government) =>
        organizations.Any(o => o.Span.Covers(span) && !government.Contains(o.Span));
}
