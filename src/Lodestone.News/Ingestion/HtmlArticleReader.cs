using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace Lodestone.News.Ingestion;

/// <summary>Reads a saved HTML page: metadata, main text without boilerplate, sanitised.</summary>
/// <remarks>
/// Title from og:title, else &lt;title&gt;; date from article:published_time, else the first &lt;time datetime&gt;, else
/// JSON-LD (News)Article datePublished; URL from link rel=canonical, else og:url. The main text is the
/// &lt;article&gt; (else &lt;main&gt;, else &lt;body&gt;) without navigation, headers, footers, asides, forms, scripts
/// and blocks whose class or id says related/share/newsletter/comments/ads; it is passed through HtmlSanitizer
/// (no script, no on* attributes survive) and flattened to text by an iterative walk, so deep nesting cannot
/// overflow the stack. Pages over <see cref="MaxBytes"/> are refused.
/// </remarks>
internal static class HtmlArticleReader
{
    /// <summary>Largest page read: 5 MB (news pages are ~50–500 KB).</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    private static readonly string[] Boilerplate = ["related", "share", "social", "newsletter", "comment", "footer", "navbar", "menu", "breadcrumb", "advert", "promo", "subscribe", "cookie", "sidebar", "recommend", "most-read", "trending"];

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BR", "TR", "SECTION", "ARTICLE", "BLOCKQUOTE", "UL", "OL", "TABLE", "FIGCAPTION", "PRE", "HR",
    };

    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static ArticleDocument Read(string location, byte[] bytes, DateOnly? published = null)
    {
        if (bytes.Length > MaxBytes)
        {
            throw new ArticleReadException($"{location}: page is {bytes.Length / 1024 / 1024} MB, over the {MaxBytes / 1024 / 1024} MB limit");
        }
        return Read(location, LenientUtf8.GetString(bytes), published);
    }

    public static ArticleDocument Read(string location, string html, DateOnly? published = null)
    {
        if (html.Length > MaxBytes)
        {
            throw new ArticleReadException($"{location}: page is over the {MaxBytes / 1024 / 1024} MB limit");
        }
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(HtmlDepthLimiter.Limit(html));
        var title = Meta(document, "og:title") ?? document.Title?.Trim();
        var date = PlainTextReader.ParseDate(Meta(document, "article:published_time"))
            ?? PlainTextReader.ParseDate(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"))
            ?? JsonLdDate(document);
        var url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url");
        var main = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        var text = main is null ? "" : MainText(main);
        if (string.IsNullOrWhiteSpace(title))
        {
            title = null;
        }
        return new ArticleDocument(location, url, title, date ?? published, text);
    }

    /// <summary>Text of an HTML fragment (feed descriptions), sanitised and flattened.</summary>
    public static string FragmentText(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument("<body>" + HtmlDepthLimiter.Limit(html) + "</body>");
        return document.Body is null ? "" : MainText(document.Body);
    }

    private static string MainText(IElement main)
    {
        foreach (var element in main.QuerySelectorAll("script,style,noscript,nav,header,footer,aside,form,iframe,svg,button,template,object,embed").ToList())
        {
            element.Remove();
        }
        foreach (var element in main.QuerySelectorAll("[class],[id],[role]").ToList())
        {
            var marker = (element.ClassName + " " + element.Id + " " + element.GetAttribute("role")).ToLowerInvariant();
            if (Boilerplate.Any(b => marker.Contains(b, StringComparison.Ordinal)) || marker.Contains("navigation", StringComparison.Ordinal))
            {
                element.Remove();
            }
        }
        var sanitizer = new HtmlSanitizer();
        var clean = sanitizer.Sanitize(main.InnerHtml);
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var cleanDocument = parser.ParseDocument("<body>" + clean + "</body>");
        return cleanDocument.Body is null ? "" : Flatten(cleanDocument.Body);
    }

    private static string Flatten(INode root)
    {
        var text = new StringBuilder();
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (exit)
            {
                NewLine(text);
                continue;
            }
            if (node is IText t)
            {
                AppendCollapsed(text, t.Data);
                continue;
            }
            if (node is IElement element && BlockTags.Contains(element.TagName))
            {
                NewLine(text);
                stack.Push((node, true));
            }
            for (var i = node.ChildNodes.Length - 1; i >= 0; i--)
            {
                stack.Push((node.ChildNodes[i], false));
            }
        }
        var lines = text.ToString().Split('\n').Select(l => l.Trim());
        var result = new StringBuilder();
        var blank = false;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                blank = result.Length > 0;
                continue;
            }
            if (blank)
            {
                result.Append('\n');
            }
            result.Append(line).Append('\n');
            blank = false;
        }
        return result.ToString().TrimEnd();
    }

    private static void NewLine(StringBuilder text)
    {
        if (text.Length > 0 && text[^1] != '\n')
        {
            text.Append('\n');
        }
        else if (text.Length > 1 && text[^2] != '\n')
        {
            text.Append('\n');
        }
    }

    private static void AppendCollapsed(StringBuilder text, string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (text.Length > 0 && text[^1] != ' ' && text[^1] != '\n')
                {
                    text.Append(' ');
                }
            }
            else if (!char.IsControl(c))
            {
                text.Append(c);
            }
        }
    }

    private static string? Meta(IDocument document, string property)
    {
        var element = document.QuerySelector($"meta[property='{property}']") ?? document.QuerySelector($"meta[name='{property}']");
        var content = element?.GetAttribute("content")?.Trim();
        return string.IsNullOrEmpty(content) ? null : content;
    }

    private static DateOnly? JsonLdDate(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { MaxDepth = 32 });
                if (FindDatePublished(json.RootElement, 0) is { } date)
                {
                    return date;
                }
            }
            catch (JsonException)
            {
                // Malformed JSON-LD is common; the other date sources have already been tried.
            }
        }
        return null;
    }

    private static DateOnly? FindDatePublished(JsonElement element, int depth)
    {
        if (depth > 8)
        {
            return null;
        }
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (FindDatePublished(item, depth + 1) is { } d)
                {
                    return d;
                }
            }
            return null;
        }
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        var type = element.TryGetProperty("@type", out var t) ? t.ToString() : "";
        if (type.Contains("Article", StringComparison.Ordinal) && element.TryGetProperty("datePublished", out var published)
            && PlainTextReader.ParseDate(published.GetString()) is { } date)
        {
            return date;
        }
        return element.TryGetProperty("@graph", out var graph) ? FindDatePublished(graph, depth + 1) : null;
    }
}
