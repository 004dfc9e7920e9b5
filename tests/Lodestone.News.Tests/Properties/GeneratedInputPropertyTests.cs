using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CsCheck;
using Lodestone.News.Ingestion;
using Lodestone.Testing;
using Lodestone.Testing.Fuzzing;

namespace Lodestone.News.Tests.Properties;

/// <summary>Properties of the news readers on generated inputs whose content is known: a page's known paragraph
/// survives any nesting and malformation, the parsed tree stays within the depth limit; a feed of N items gives those N
/// items exactly, and a hostile one is refused with <see cref="ArticleReadException"/> naming the feed.</summary>
public sealed class GeneratedInputPropertyTests
{
    /// <summary>Elements the parser adds above the article's body content: html, body, article.</summary>
    private const int Frame = 3;

    [Fact]
    public void HtmlArticleReader_GeneratedNestedAndMalformedPages_KeepTheParagraphWithinTheLimits()
    {
        var deep = 0;

        Gen.Int[0, int.MaxValue].Select(GeneratedPage.Generate).Sample(page =>
        {
            var clock = ThreadCpuClock.StartNew();
            var document = HtmlArticleReader.Read("page.html", page.Html);
            Assert.True(clock.Elapsed < Mutations.SuiteLimit, $"took {clock.Elapsed}");
            Assert.Contains(page.Paragraph, document.Text, StringComparison.Ordinal);
            Assert.True(document.Text.Length <= page.Html.Length, "text longer than the page");
            var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
            var parsed = parser.ParseDocument(HtmlDepthLimiter.Limit(page.Html));
            Assert.InRange(DepthOf(parsed.DocumentElement), 1, HtmlDepthLimiter.MaxDepth + Frame);
            if (page.Depth > HtmlDepthLimiter.MaxDepth)
            {
                Interlocked.Increment(ref deep);
            }
        }, iter: 100, print: p => p.ToString());

        Assert.True(deep > 0, "no page deeper than the limit was generated");
    }

    [Fact]
    public void FeedReader_GeneratedFeeds_GiveTheirItemsExactlyOrRefuseHostileOnes()
    {
        var outcomes = new Outcomes();

        Gen.Int[0, int.MaxValue].Select(GeneratedFeed.Generate).Sample(feed =>
        {
            IReadOnlyList<ArticleDocument>? read = null;
            var refused = Record.Exception(() => read = FeedReader.Read("feed.xml", feed.Xml));
            if (feed.Hostility is not null)
            {
                var error = Assert.IsType<ArticleReadException>(refused);
                Assert.StartsWith("feed.xml: ", error.Message, StringComparison.Ordinal);
            }
            else
            {
                Assert.Null(refused);
                Assert.Equal(feed.Items.Select(i => (i.Title, i.Link, i.Published, i.Body)),
                    read!.Select(d => (d.Title!, d.Url!, d.Published!.Value, d.Text)));
            }
            outcomes.Add(refused is null);
        }, iter: 300, print: f => f.ToString());

        Assert.True(outcomes.Read > 0 && outcomes.Refused > 0, outcomes.ToString());
    }

    /// <summary>Elements on the longest path from <paramref name="root"/> down, counted without recursion.</summary>
    private static int DepthOf(IElement root)
    {
        var deepest = 0;
        var stack = new Stack<(IElement Element, int Depth)>([(root, 1)]);
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            deepest = Math.Max(deepest, depth);
            foreach (var child in element.Children)
            {
                stack.Push((child, depth + 1));
            }
        }
        return deepest;
    }
}
