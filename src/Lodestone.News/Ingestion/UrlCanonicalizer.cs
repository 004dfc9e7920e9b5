namespace Lodestone.News.Ingestion;

/// <summary>Normalises article URLs so two links to the same page compare equal.</summary>
internal static class UrlCanonicalizer
{
    private static readonly string[] TrackingPrefixes = ["utm_", "fbclid", "gclid", "ref", "mc_", "cmpid", "ocid"];

    public static string? Canonicalize(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }
        var query = uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !TrackingPrefixes.Any(t => p.StartsWith(t, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal)
            .ToList();
        var path = uri.AbsolutePath.Length > 1 ? uri.AbsolutePath.TrimEnd('/') : "";
        var port = uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return "https://" + uri.Host.ToLowerInvariant().TrimStart('.').Replace("www.", "", StringComparison.Ordinal) + port + path + (query.Count > 0 ? "?" + string.Join('&', query) : "");
    }
}
