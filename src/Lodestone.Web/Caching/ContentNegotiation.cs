using Microsoft.Extensions.Primitives;

namespace Lodestone.Web.Caching;

/// <summary>Picks the response encoding from <c>Accept-Encoding</c> and reads <c>If-None-Match</c>.</summary>
internal static class ContentNegotiation
{
    /// <summary>Brotli when the client accepts <c>br</c>, else gzip when it accepts <c>gzip</c>, else identity; a coding with <c>q=0</c> counts as refused.</summary>
    public static ContentCoding Choose(StringValues acceptEncoding)
    {
        var brotli = false;
        var gzip = false;
        foreach (var header in acceptEncoding)
        {
            foreach (var part in (header ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var pieces = part.Split(';', StringSplitOptions.TrimEntries);
                if (pieces.Skip(1).Any(p => p.Replace(" ", "", StringComparison.Ordinal) is "q=0" or "q=0.0" or "q=0.00" or "q=0.000"))
                {
                    continue;
                }
                brotli |= pieces[0].Equals("br", StringComparison.OrdinalIgnoreCase);
                gzip |= pieces[0].Equals("gzip", StringComparison.OrdinalIgnoreCase);
            }
        }
        return brotli ? ContentCoding.Brotli : gzip ? ContentCoding.Gzip : ContentCoding.Identity;
    }

    /// <summary>The entity tags listed in <c>If-None-Match</c> headers.</summary>
    public static IEnumerable<string> EntityTags(StringValues ifNoneMatch) =>
        ifNoneMatch.SelectMany(h => (h ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
}
