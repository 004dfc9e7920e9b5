using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;
using Lodestone.News.Ingestion;
using Lodestone.Testing;

namespace Lodestone.Web.Tests.Infrastructure;

/// <summary>The default dataset with hostile text planted where imported data lands on pages: a country name, a source title and URL.</summary>
public static class HostileData
{
    /// <summary>Script tags and an event-handler attribute: any of them running sets <c>window.__xss</c>.</summary>
    public const string Payload = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\">";

    public const string CountryName = "China" + Payload;

    public const string SourceTitle = "USGS" + Payload + "\"><svg onload=window.__xss=3>";

    public const string SourceUrl = "javascript:window.__xss=4";

    /// <summary>The id of the source given the hostile title: the source of China's rare-earth mine production.</summary>
    public static string SourceId { get; } = DefaultData.Dataset.Production
        .First(p => p.Commodity == "rare earths" && p.Country.Code == "CHN").SourceId;

    /// <summary>A news article with hostile text where it lands on the events pages: the title, the sentence that becomes the summary and evidence, the URL.</summary>
    /// <remarks>The sentence still reads as an agreement between Kazakhstan and the United States, so the ingestor makes an event of it.</remarks>
    public static ArticleDocument Article { get; } = new(
        ArticleUrl,
        ArticleUrl,
        ArticleTitle,
        new DateOnly(2025, 11, 7),
        "Kazakhstan and the United States signed an agreement on tungsten on Thursday " + ArticlePayload + " to expand mining.\n" +
        "The deal " + Payload + " covers exploration.\n");

    /// <summary>Breaks out of a <c>&lt;title&gt;</c> and an attribute, then tries a script and an event handler.</summary>
    public const string ArticleTitle = "</title><script>window.__xss=5</script>Tungsten pact\"><img src=x onerror=window.__xss=6>";

    public const string ArticlePayload = "</title><script>window.__xss=7</script><img src=x onerror=\"window.__xss=8\">";

    public const string ArticleUrl = "javascript:window.__xss=9";

    public static Dataset Create()
    {
        var d = DefaultData.Dataset;
        var countries = new CountryCatalog(d.Countries.All.Select(c => c.Iso3.Code == "CHN" ? c with { Name = CountryName } : c));
        var sources = d.Sources.Values.Select(s => s.Id == SourceId ? s with { Title = SourceTitle, Url = SourceUrl, Publisher = Payload } : s);
        return new Dataset(d.Commodities, countries, sources, d.Production, d.Reserves, d.NetImportReliance, d.ImportSources,
            d.StageShares, d.ExportControls, d.Agreements, d.Projects);
    }
}
