namespace Lodestone.Web.Tests.Watching;

/// <summary>Three short feed items with distinct links and texts (so distinct canonical URLs and content hashes).</summary>
internal static class FeedItems
{
    public static readonly (string Link, string Title, string Date, string Text) A = ("https://example.org/news/a", "Lithium price falls",
        "Mon, 02 Nov 2026 09:00:00 GMT", "Lithium carbonate prices fell 4% this week as Chinese converters cut output, traders said on Monday.");

    public static readonly (string Link, string Title, string Date, string Text) B = ("https://example.org/news/b", "Cobalt mine expansion",
        "Tue, 03 Nov 2026 09:00:00 GMT", "A Congolese cobalt producer said on Tuesday it would expand its Kolwezi mine to lift output by a fifth.");

    public static readonly (string Link, string Title, string Date, string Text) C = ("https://example.org/news/c", "Nickel smelter opens",
        "Wed, 04 Nov 2026 09:00:00 GMT", "Indonesia opened a new nickel smelter in Sulawesi on Wednesday, the mining ministry said.");
}
