using Lodestone.News.Extraction;
using Lodestone.News.Gazetteers;
using Lodestone.News.Ingestion;
using Lodestone.News.Resolution;
using Lodestone.News.Storage;
using Lodestone.Testing;

namespace Lodestone.Web.Tests.Infrastructure;

/// <summary>A news store in a temporary SQLite file, filled through the real <see cref="NewsIngestor"/> (extraction, merging, knowledge-base matching, proposals).</summary>
public sealed class NewsStoreFile : IDisposable
{
    private static readonly Lazy<NewsGazetteers> Gazetteers = new(() => NewsGazetteers.Create(DefaultData.Dataset));

    private readonly TempDirectory _directory = new();

    private NewsStoreFile() => Path = _directory.File("news.db");

    public string Path { get; }

    /// <summary>Opens the store the way <c>lodestone serve</c> does: a new SQLite store per request.</summary>
    public Func<INewsStore> Opener => () => new SqliteNewsStore(Path);

    public static NewsStoreFile Ingest(IEnumerable<ArticleDocument> articles)
    {
        var file = new NewsStoreFile();
        using var store = new SqliteNewsStore(file.Path);
        var sources = articles.Select(a => new SourceResult(a.Location, [a], null)).ToList();
        var report = new NewsIngestor(new ArticleExtractor(Gazetteers.Value), new KnowledgeBaseMatcher(DefaultData.Dataset), store, TimeProvider.System).Ingest(sources);
        if (report.ArticlesAdded != sources.Count)
        {
            throw new InvalidOperationException($"expected {sources.Count} articles stored, got {report.ArticlesAdded}");
        }
        return file;
    }

    /// <summary>The id of the first event reported by the article at <paramref name="location"/>.</summary>
    public long EventOf(string location)
    {
        using var store = new SqliteNewsStore(Path);
        return store.Events(new EventQuery()).First(e => e.Sources.Any(s => s.Location == location)).Id;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
