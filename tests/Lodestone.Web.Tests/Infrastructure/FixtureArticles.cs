using Lodestone.News.Ingestion;

namespace Lodestone.Web.Tests.Infrastructure;

/// <summary>Small articles whose events we know, written from the development set's public facts (tests/Lodestone.News.Tests/DevSet, gold.json).</summary>
/// <remarks>
/// Each yields one event: the expected values in the tests are read off these texts, not the code's output.
/// Newest first they are: China's gallium/germanium controls (2023-07-03, "On Monday" before Tuesday 4 July; in
/// data/export_controls.csv), the U.S.–Japan pact (2023-03-28, "on Tuesday" before Wednesday 29 March; USA-JPN-CMA
/// in data/agreements.csv) and the Ukraine–EU memorandum (2021-07-13; not in the knowledge base, so proposed for review).
/// </remarks>
public static class FixtureArticles
{
    public const string GalliumUrl = "https://example.org/news/china-gallium-germanium";
    public const string JapanUrl = "https://example.org/news/japan-us-critical-minerals";
    public const string UkraineUrl = "https://example.org/news/ukraine-eu-raw-materials";

    public const string JapanTitle = "Japan and U.S. sign critical minerals pact";

    public const string JapanSentence =
        "Japan and the United States signed a critical minerals agreement on Tuesday covering cobalt, graphite, lithium, manganese and nickel, the minerals used in electric-vehicle batteries.";

    public static ArticleDocument Gallium { get; } = new(GalliumUrl, GalliumUrl, "China puts export licences on gallium and germanium", new DateOnly(2023, 7, 4),
        "On Monday, China's Ministry of Commerce announced export controls on gallium and germanium, two metals used in chips and solar cells, with licences required from August 1.\n" +
        "Exporters will have to report the end users of the metals. Analysts in Tokyo said Japanese chipmakers hold some stock.\n");

    public static ArticleDocument Japan { get; } = new(JapanUrl, JapanUrl, JapanTitle, new DateOnly(2023, 3, 29),
        JapanSentence + "\nThe deal lets Japanese-processed minerals count toward U.S. clean-vehicle tax credits.\n");

    public static ArticleDocument Ukraine { get; } = new(UkraineUrl, UkraineUrl, "Ukraine and the EU sign raw materials memorandum", new DateOnly(2021, 7, 14),
        "Ukraine and the European Union signed a memorandum of understanding on raw materials and batteries on Tuesday, to reduce Europe's dependence on China for lithium and titanium.\n" +
        "Ukraine holds deposits of lithium, titanium and graphite.\n");

    public static IReadOnlyList<ArticleDocument> All { get; } = [Gallium, Japan, Ukraine];
}
