using System.Text.Json;
using Lodestone.News.Extraction;
using Lodestone.News.Ingestion;
using Lodestone.News.Model;
using Lodestone.News.Storage;

namespace Lodestone.News.Resolution;

/// <summary>Stores articles once, extracts them, merges reports of the same event and proposes unknown agreements and export controls for review.</summary>
/// <remarks>Nothing is written to the knowledge base: an event that matches no record becomes a pending proposal (<c>lodestone events review</c>).</remarks>
public sealed class NewsIngestor(ArticleExtractor extractor, KnowledgeBaseMatcher matcher, INewsStore store, TimeProvider clock)
{
    public IngestReport Ingest(IEnumerable<SourceResult> sources)
    {
        int added = 0, duplicates = 0, events = 0, merged = 0, claims = 0, proposals = 0;
        var errors = new List<string>();
        foreach (var source in sources)
        {
            if (source.Error is not null)
            {
                errors.Add(source.Error);
                continue;
            }
            foreach (var document in source.Documents)
            {
                var now = clock.GetUtcNow();
                if (store.TryAddArticle(document, now) is not { } articleId)
                {
                    duplicates++;
                    continue;
                }
                added++;
                var extraction = extractor.Extract(document.Text, document.Title, document.Published);
                foreach (var e in extraction.Events)
                {
                    var same = EventMatcher.FindSame(store.Events(new EventQuery()), e, document.Published);
                    if (same is not null)
                    {
                        store.MergeInto(same.Id, e, articleId);
                        merged++;
                        continue;
                    }
                    var kb = matcher.Match(e, document.Published);
                    var id = store.AddEvent(e, articleId, kb);
                    events++;
                    if (kb.Count == 0 && e.Type is EventType.Agreement or EventType.ExportControl or EventType.ExportControlRelaxation)
                    {
                        store.AddProposal(id, e.Type == EventType.Agreement ? "agreement" : "export_control", Payload(e, document), now);
                        proposals++;
                    }
                }
                foreach (var claim in extraction.Claims)
                {
                    store.AddClaim(claim, articleId);
                    claims++;
                }
            }
        }
        return new IngestReport(added, duplicates, events, merged, claims, proposals, errors);
    }

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
