using System.Text.RegularExpressions;
using Lodestone.Domain.Model;

namespace Lodestone.Data.Loading;

/// <summary>Turns the free-text <c>source</c>/<c>source_url</c>/<c>read_via</c> cells of a row into a <see cref="Source"/>.</summary>
/// <remarks>
/// The publisher and date are read from the citation itself (a leading "USGS", "IEA", "MOFCOM" …; the first
/// YYYY-MM-DD or the MCS edition), never guessed: when the text does not say, they stay null.
/// </remarks>
internal static partial class SourceCitations
{
    private static readonly (string Prefix, string Publisher)[] Publishers =
    [
        ("USGS", "U.S. Geological Survey"),
        ("U.S. Geological Survey", "U.S. Geological Survey"),
        ("IEA", "International Energy Agency"),
        ("MOFCOM", "Ministry of Commerce of the People's Republic of China"),
        ("U.S. EIA", "U.S. Energy Information Administration"),
        ("USTR", "Office of the U.S. Trade Representative"),
        ("European Commission", "European Commission"),
        ("Reuters", "Reuters"),
        ("White House", "The White House"),
    ];

    public static Source FromRow(string title, string? url, string? readVia)
    {
        var resolvedUrl = url ?? FirstUrl(title);
        return new Source(
            Source.DeriveId(title, resolvedUrl),
            title,
            PublisherOf(title),
            resolvedUrl,
            PublishedOf(title),
            readVia);
    }

    public static string? PublisherOf(string title)
    {
        foreach (var (prefix, publisher) in Publishers)
        {
            if (title.StartsWith(prefix, StringComparison.Ordinal))
            {
                return publisher;
            }
        }
        return null;
    }

    public static PartialDate? PublishedOf(string title)
    {
        // MCS editions have known release dates: 2025-01-31 (MCS 2025), 2026-02 (MCS 2026, per data/README-usgs.md).
        if (title.Contains("MCS 2025", StringComparison.Ordinal) || title.Contains("Mineral Commodity Summaries 2025", StringComparison.Ordinal))
        {
            return new PartialDate(2025, 1, 31);
        }
        if (title.Contains("MCS 2026", StringComparison.Ordinal))
        {
            return new PartialDate(2026, 2);
        }
        var match = IsoDate().Match(title);
        return match.Success && PartialDate.TryParse(match.Value, out var date) ? date : null;
    }

    private static string? FirstUrl(string text)
    {
        var url = UrlPattern().Match(text);
        if (url.Success)
        {
            return url.Value.TrimEnd(')', '.', ',', ';');
        }
        var doi = DoiPattern().Match(text);
        return doi.Success ? "https://doi.org/" + doi.Groups[1].Value : null;
    }

    [GeneratedRegex(@"https?://[^\s\)""]+")]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"doi:\s*(10\.\d{4,9}/[^\s\);,]+)")]
    private static partial Regex DoiPattern();

    [GeneratedRegex(@"\b(19|20)\d{2}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?\b")]
    private static partial Regex IsoDate();
}
