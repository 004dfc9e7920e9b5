using System.Security.Cryptography;
using System.Text;

namespace Lodestone.News.Ingestion;

/// <summary>An article ready for extraction: clean text, title, publication date and where it came from.</summary>
/// <param name="Location">The file path or URL read.</param>
/// <param name="Url">The article's canonical URL when known (link rel=canonical, og:url, feed item link), else null.</param>
public sealed record ArticleDocument(string Location, string? Url, string? Title, DateOnly? Published, string Text)
{
    /// <summary>SHA-256 of the text with whitespace collapsed, lower-case hex: the same article saved twice hashes the same.</summary>
    public string ContentHash
    {
        get
        {
            var normalized = string.Join(' ', Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
        }
    }

    /// <summary>The URL normalised for duplicate detection: lower-case scheme and host, no fragment, no tracking parameters, no trailing slash.</summary>
    public string? CanonicalUrl => Url is null ? null : UrlCanonicalizer.Canonicalize(Url);
}
