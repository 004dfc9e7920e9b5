using System.Globalization;
using System.Text.Json;
using Lodestone.News.Evaluation;
using Lodestone.News.Extraction;
using Lodestone.News.Gazetteers;
using Lodestone.News.Ingestion;
using Lodestone.News.Model;
using Lodestone.Testing;

namespace Lodestone.News.Tests.Evaluation;

/// <summary>The labelled development set (DevSet/gold.json and DevSet/articles/), loaded once.</summary>
public static class DevSet
{
    private static readonly Lazy<NewsGazetteers> CachedGazetteers = new(() => NewsGazetteers.Create(DefaultData.Dataset));

    public static NewsGazetteers Gazetteers => CachedGazetteers.Value;

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "DevSet");

    public static IReadOnlyList<GoldArticle> Gold()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "gold.json")));
        return json.RootElement.GetProperty("articles").EnumerateArray().Select(a => new GoldArticle(
            a.GetProperty("file").GetString()!,
            a.TryGetProperty("published", out var p) ? p.GetString() : null,
            Strings(a, "countries"), Strings(a, "commodities"), Strings(a, "event_types"), Strings(a, "dates"))).ToList();
    }

    public static ArticleExtraction Extract(GoldArticle gold)
    {
        var published = gold.Published is { } p ? DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
        var result = ArticleSources.ReadFile(Path.Combine(Folder, "articles", gold.File), published);
        Assert.Null(result.Error);
        var doc = Assert.Single(result.Documents);
        return new ArticleExtractor(Gazetteers).Extract(doc.Text, doc.Title, doc.Published);
    }

    private static IReadOnlyList<string> Strings(JsonElement e, string name) => e.GetProperty(name).EnumerateArray().Select(x => x.GetString()!).ToList();
}
