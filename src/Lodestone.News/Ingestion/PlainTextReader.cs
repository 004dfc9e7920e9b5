using System.Globalization;

namespace Lodestone.News.Ingestion;

/// <summary>Reads a plain-text article with an optional header block ("Title:", "Published:"/"Date:", "URL:" lines, then a blank line).</summary>
/// <remarks>A date in the header wins over <c>published</c>, which is the fallback for texts that carry none.</remarks>
internal static class PlainTextReader
{
    public static ArticleDocument Read(string location, string content, DateOnly? published = null)
    {
        content = content.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        string? title = null;
        string? url = null;
        DateOnly? headerDate = null;
        var lines = content.Split('\n');
        var bodyStart = 0;
        for (var i = 0; i < lines.Length && i < 10; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                bodyStart = i + 1;
                break;
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                break;
            }
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "title":
                    title = value;
                    break;
                case "published" or "date":
                    headerDate = ParseDate(value);
                    break;
                case "url" or "link" or "source":
                    url = value;
                    break;
                default:
                    i = lines.Length;
                    continue;
            }
            bodyStart = i + 1;
        }
        if (title is null && url is null && headerDate is null)
        {
            bodyStart = 0;
        }
        var body = string.Join('\n', lines.Skip(bodyStart));
        title ??= lines.Skip(bodyStart).Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        return new ArticleDocument(location, url, title, headerDate ?? published, body);
    }

    /// <summary>Parses an ISO date or date-time ("2025-11-07", "2025-11-07T09:30:00Z", RFC 1123); null when it is not one.</summary>
    public static DateOnly? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        text = text.Trim();
        if (DateOnly.TryParseExact(text.Length >= 10 ? text[..10] : text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto))
        {
            return DateOnly.FromDateTime(dto.UtcDateTime);
        }
        return null;
    }
}
