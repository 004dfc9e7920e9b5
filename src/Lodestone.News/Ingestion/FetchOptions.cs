namespace Lodestone.News.Ingestion;

/// <summary>Limits for fetching a URL.</summary>
/// <param name="Timeout">Whole-request deadline, headers and body (default 20 s).</param>
/// <param name="MaxBytes">Largest body read (default 5 MB); a longer or endless body is cut off with an error.</param>
/// <param name="MaxRedirects">Redirects followed (default 3), each one checked against the address policy.</param>
public sealed record FetchOptions(TimeSpan Timeout, long MaxBytes, int MaxRedirects, AddressPolicy Policy)
{
    public static FetchOptions Default { get; } = new(TimeSpan.FromSeconds(20), 5 * 1024 * 1024, 3, new AddressPolicy());
}
