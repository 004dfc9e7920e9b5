using System.Text;

namespace Lodestone.News.Ingestion;

/// <summary>Reads inputs of any kind into articles: plain-text files, saved HTML pages, RSS/Atom files, folders of those, and http(s) URLs.</summary>
/// <remarks>An input that fails yields a <see cref="SourceResult"/> with an error; the others are still read.</remarks>
public sealed class ArticleSources(UrlFetcher fetcher)
{
    /// <summary>Largest text or feed file read: 10 MB.</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    private static readonly string[] Extensions = [".txt", ".text", ".md", ".html", ".htm", ".xml", ".rss", ".atom"];
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public async Task<IReadOnlyList<SourceResult>> ReadAsync(IEnumerable<string> inputs, DateOnly? published, CancellationToken cancellationToken)
    {
        var results = new List<SourceResult>();
        foreach (var input in inputs)
        {
            if (Uri.TryCreate(input, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                results.Add(await ReadUrlAsync(uri, published, cancellationToken));
            }
            else if (Directory.Exists(input))
            {
                foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal))
                {
                    results.Add(ReadFile(file, published));
                }
            }
            else
            {
                results.Add(ReadFile(input, published));
            }
        }
        return results;
    }

    public static SourceResult ReadFile(string path, DateOnly? published)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return new SourceResult(path, [], $"{path}: no such file or folder");
            }
            if (info.Length > MaxFileBytes)
            {
                return new SourceResult(path, [], $"{path}: file is {info.Length / 1024 / 1024} MB, over the {MaxFileBytes / 1024 / 1024} MB limit");
            }
            // The reported length is not trusted (a device or a growing file reports 0): what is read is counted.
            return ReadBounded(path) is { } bytes
                ? new SourceResult(path, Parse(path, bytes, published, Path.GetExtension(path)).Select(UrlCredentials.Strip).ToList(), null)
                : new SourceResult(path, [], $"{path}: more than {MaxFileBytes / 1024 / 1024} MB read, over the limit; stopped reading");
        }
        catch (ArticleReadException e)
        {
            return new SourceResult(path, [], e.Message);
        }
        catch (IOException e)
        {
            return new SourceResult(path, [], $"{path}: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            return new SourceResult(path, [], $"{path}: {e.Message}");
        }
    }

    /// <summary>The file's bytes, or null once more than <see cref="MaxFileBytes"/> have been read.</summary>
    private static byte[]? ReadBounded(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = file.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxFileBytes)
            {
                return null;
            }
        }
        return buffer.ToArray();
    }

    /// <summary>Parses bytes by extension or content sniffing: feed, HTML page, else plain text (invalid UTF-8 becomes U+FFFD).</summary>
    public static IReadOnlyList<ArticleDocument> Parse(string location, byte[] bytes, DateOnly? published, string? extension)
    {
        var ext = (extension ?? "").ToLowerInvariant();
        if (ext is ".html" or ".htm")
        {
            return [HtmlArticleReader.Read(location, bytes, published)];
        }
        var content = LenientUtf8.GetString(bytes);
        if (ext is ".xml" or ".rss" or ".atom" || FeedReader.LooksLikeFeed(content))
        {
            return FeedReader.Read(location, content).Select(d => d.Published is null ? d with { Published = published } : d).ToList();
        }
        var head = content.TrimStart().Length > 200 ? content.TrimStart()[..200] : content.TrimStart();
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            return [HtmlArticleReader.Read(location, content, published)];
        }
        return [PlainTextReader.Read(location, content, published)];
    }

    private async Task<SourceResult> ReadUrlAsync(Uri uri, DateOnly? published, CancellationToken cancellationToken)
    {
        try
        {
            var (body, final) = await fetcher.FetchAsync(uri, cancellationToken);
            var documents = Parse(uri.ToString(), body, published, Path.GetExtension(final.AbsolutePath))
                .Select(d => UrlCredentials.Strip(d.Url is null ? d with { Url = final.ToString() } : d))
                .ToList();
            return new SourceResult(UrlCredentials.Strip(uri.ToString()), documents, null);
        }
        catch (ArticleReadException e)
        {
            return new SourceResult(UrlCredentials.Strip(uri.ToString()), [], uri.UserInfo.Length == 0 ? e.Message : e.Message.Replace(uri.UserInfo + "@", "", StringComparison.Ordinal));
        }
    }
}
