using System.Data.Common;
using Lodestone.Data.Watch;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.News.Extraction;
using Lodestone.News.Gazetteers;
using Lodestone.News.Ingestion;
using Lodestone.News.Resolution;
using Lodestone.News.Storage;

namespace Lodestone.News.Watching;

/// <summary>One round of scheduled ingestion: every configured source that is due and free is claimed, read and ingested.</summary>
/// <remarks>
/// Reading is <see cref="ArticleSources"/> (feeds, folders, URLs through the fetcher and its address policy) and ingesting is
/// <see cref="NewsIngestor"/>, as <c>lodestone news ingest</c> does: one transaction per article, a duplicate (same canonical URL or
/// text) skipped. Claims are per source in the shared <c>watch_feeds</c> table (<see cref="FeedLeaseStore"/>).
/// </remarks>
public sealed class FeedPoller(WatchSettings settings, FeedLeaseStore leases, ArticleSources sources, Func<Dataset> dataset,
    Func<INewsStore> openNews, string worker, TimeProvider clock)
{
    private bool _registered;
    private (Dataset Data, ArticleExtractor Extractor, KnowledgeBaseMatcher Matcher)? _models;

    /// <summary>Raised after every round, with what it did (tests wait on it; the server logs it).</summary>
    public event Action<PollRound>? Polled;

    /// <summary>Polls every due source once.</summary>
    /// <exception cref="DbException">The database did not answer while claiming (the caller logs it; the next round tries again).</exception>
    public async Task<PollRound> PollOnceAsync(CancellationToken cancellationToken)
    {
        if (!_registered)
        {
            leases.Register(settings.Sources);
            _registered = true;
        }
        var polled = new List<string>();
        var errors = new List<string>();
        int added = 0, duplicates = 0, events = 0, proposals = 0;
        foreach (var source in settings.Sources)
        {
            if (!leases.TryClaim(source, worker, settings.Interval, settings.Lease))
            {
                continue;
            }
            polled.Add(source);
            string? error = null;
            var sourceAdded = 0;
            try
            {
                var read = await sources.ReadAsync([source], null, cancellationToken);
                var (data, extractor, matcher) = Models();
                using var store = openNews();
                var report = new NewsIngestor(extractor, matcher, store, clock).Ingest(read);
                sourceAdded = report.ArticlesAdded;
                (added, duplicates, events, proposals) = (added + report.ArticlesAdded, duplicates + report.Duplicates,
                    events + report.EventsAdded, proposals + report.ProposalsAdded);
                errors.AddRange(report.Errors);
                error = report.Errors.Count == 0 ? null : string.Join("; ", report.Errors);
            }
            catch (DbException e)
            {
                // Articles committed before the failure stay (each is its own transaction); the rest come with the next poll.
                error = $"{source}: the news store failed: {e.Message.Split('\n')[0]}";
                errors.Add(error);
            }
            leases.Finish(source, worker, sourceAdded, error);
        }
        var round = new PollRound(polled, added, duplicates, events, proposals, errors);
        Polled?.Invoke(round);
        return round;
    }

    /// <summary>The extractor and matcher of the snapshot in force, built again only when the snapshot changes.</summary>
    private (Dataset, ArticleExtractor, KnowledgeBaseMatcher) Models()
    {
        var current = dataset();
        if (_models is not { } m || !ReferenceEquals(m.Data, current))
        {
            _models = m = (current, new ArticleExtractor(NewsGazetteers.Create(current)), new KnowledgeBaseMatcher(current));
        }
        return m;
    }
}
