using System.Text.Json;
using Lodestone.News.Extraction;
using Lodestone.News.Ingestion;
using Lodestone.News.Model;
using Lodestone.News.Storage;

namespace Lodestone.News.Resolution;

/// <summary>Stores articles once, extracts them, merges reports of the same event and proposes unknown agreements and
/// export controls for review.</summary>
/// <remarks>Nothing is written to the knowledge base: an event that matches no record becomes a pending proposal
/// (<c>lodestone events review</c>).</remarks>
public sealed class NewsIngestor(ArticleExtractor extractor, KnowledgeBaseMatcher matcher, INewsStore store, TimeProvider clock)
{
    /// <summary>Stored events its ingests have compared new reports with (a deterministic measure of matching
    /// work).</summary>
    internal long EventsCompared { get; private set; }

    public IngestReport Ingest(IEnumerable<SourceResult> sources)
    {
        var counts = new Counts();
        var errors = new List<string>();
        var events = new EventCache(store);
        foreach (var source in sources)
        {
            if (source.Error is not null)
            {
                errors.Add(source.Error);
                continue;
            }
            foreach (var document in source.Documents)
            {
                // One transaction per article: the article is stored with its events, links, claims and proposals or not at
                // all, so a crash never leaves an article that a re-run would skip as already seen without its events.
                var before = counts;
                try
                {
                    counts = store.InTransaction(() => Add(document, events, before));
                }
                catch
                {
                    events.Invalidate();
                    throw;
                }
            }
        }
        EventsCompared += events.Compared;
        return new IngestReport(counts.Added, counts.Duplicates, counts.Events, counts.Merged, counts.Claims, counts.Proposals, errors);
    }

    private Counts Add(ArticleDocument document, EventCache events, Counts counts)
    {
        var now = clock.GetUtcNow();
        if (store.TryAddArticle(document, now) is not { } articleId)
        {
            return counts with { Duplicates = counts.Duplicates + 1 };
        }
        counts = counts with { Added = counts.Added + 1 };
        var extraction = extractor.Extract(document.Text, document.Title, document.Published);
        foreach (var e in extraction.Events)
        {
            var same = events.FindSame(e, document.Published);
            if (same is not null)
            {
                store.MergeInto(same.Id, e, articleId);
                events.Refresh(same.Id);
                counts = counts with { Merged = counts.Merged + 1 };
                continue;
            }
            var kb = matcher.Match(e, document.Published);
            var id = store.AddEvent(e, articleId, kb);
            counts = counts with { Events = counts.Events + 1 };
            if (kb.Count == 0 && ProposalKinds.For(e) is { } kind)
            {
                store.AddProposal(id, kind, Payload(e, document), now);
                counts = counts with { Proposals = counts.Proposals + 1 };
            }
            events.Refresh(id);
        }
        foreach (var claim in extraction.Claims)
        {
            store.AddClaim(claim, articleId);
            counts = counts with { Claims = counts.Claims + 1 };
        }
        return counts;
    }

    private readonly record struct Counts(int Added, int Duplicates, int Events, int Merged, int Claims, int Proposals);

    private static string Payload(ExtractedEvent e, ArticleDocument document) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["type"] = e.Type.Slug(),
        ["date"] = e.Date?.ToString(),
        ["parties"] = e.Countries,
        ["commodities"] = e.CommodityNames,
        ["amount"] = e.Amount is { } a ? new { value = a.Value, currency = a.Currency } : null,
        ["summary"] = e.Summary,
        ["source"] = new { location = document.Location, url = document.Url, title = document.Title, published = document.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) },
    });
}
