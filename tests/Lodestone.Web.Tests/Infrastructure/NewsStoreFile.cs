using Lodestone.Data.Storage;
using Lodestone.News.Extraction;
using Lodestone.News.Gazetteers;
using Lodestone.News.Ingestion;
using Lodestone.News.Resolution;
using Lodestone.News.Storage;
using Lodestone.Testing;

namespace Lodestone.Web.Tests.Infrastructure;

/// <summary>A news store (a temporary SQLite file, or a given database), filled through the real <see
/// cref="NewsIngestor"/> (extraction, merging, knowledge-base matching, proposals).</summary>
public sealed class NewsStoreFile : IDisposable
{
    private static readonly Lazy<NewsGazetteers> Gazetteers = new(() => NewsGazetteers.Create(DefaultData.Dataset));

    private readonly TempDirectory _directory = new();

    private NewsStoreFile(StoreTarget? target) => Target = target ?? StoreTarget.Resolve(_directory.File("news.db"));

    /// <summary>The database the store lives in.</summary>
    public StoreTarget Target { get; }

    /// <summary>Opens the store the way <c>lodestone serve</c> does: the first call migrates, each call opens a new
    /// store (one per request).</summary>
    public Func<INewsStore> Opener => NewsStores.MigratingOpener(Target);

    /// <summary>Ingests <paramref name="articles"/> into <paramref name="target"/> (migrated first), or into a new
    /// temporary SQLite file when null.</summary>
    public static NewsStoreFile Ingest(IEnumerable<ArticleDocument> articles, StoreTarget? target = null)
    {
        var file = new NewsStoreFile(target);
        using var store = NewsStores.OpenAsync(file.Target, CancellationToken.None).GetAwaiter().GetResult();
        var sources = articles.Select(a => new SourceResult(a.Location, [a], null)).ToList();
        var report = new NewsIngestor(new ArticleExtractor(Gazetteers.Value), new KnowledgeBaseMatcher(DefaultData.Dataset), store, TimeProvider.System).Ingest(sources);
        if (report.ArticlesAdded != sources.Count)
        {
            throw new InvalidOperationException($"expected {sources.Count} articles stored, got {report.ArticlesAdded}");
        }
        return file;
    }

    /// <summary>The news store already in <paramref name="target"/> (a copy of a seeded template), not ingested
    /// again.</summary>
    public static NewsStoreFile In(StoreTarget target) => new(target);

    /// <summary>The id of the first event reported by the article at <paramref name="location"/>.</summary>
    public long EventOf(string location)
    {
        using var store = NewsStores.Connect(Target);
        return store.Events(new EventQuery()).First(e => e.Sources.Any(s => s.Location == location)).Id;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
