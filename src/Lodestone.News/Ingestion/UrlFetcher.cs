using System.Net;
using System.Net.Sockets;

namespace Lodestone.News.Ingestion;

/// <summary>Fetches a page or feed over HTTP(S) with a deadline, a size cap, limited redirects and an address check before every connection.</summary>
/// <remarks>
/// The address policy is enforced in the socket connect callback, after DNS resolution and before any connection is
/// opened, so neither a literal private IP nor a host name that resolves to one (nor a redirect to one) is ever
/// contacted. Redirects are followed by hand to count and re-check them.
/// </remarks>
public sealed class UrlFetcher : IDisposable
{
    private readonly FetchOptions _options;
    private readonly HttpClient _client;

    public UrlFetcher(FetchOptions options)
    {
        _options = options;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            ConnectTimeout = options.Timeout,
            ConnectCallback = ConnectAsync,
            // Decoded as read, so the byte cap below counts decoded bytes (a small gzip body cannot expand past it).
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("Lodestone/1.0 (+news ingestion)");
    }

    /// <summary>The body bytes of <paramref name="url"/> and the final URL after redirects.</summary>
    /// <exception cref="ArticleReadException">Refused address, bad scheme, HTTP error, too many redirects, too large, or timed out.</exception>
    public async Task<(byte[] Body, Uri FinalUrl)> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.Timeout);
        try
        {
            var current = url;
            for (var hop = 0; ; hop++)
            {
                CheckUrl(current);
                using var response = await _client.GetAsync(current, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
                if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    if (hop >= _options.MaxRedirects)
                    {
                        throw new ArticleReadException($"{url}: more than {_options.MaxRedirects} redirects");
                    }
                    current = location.IsAbsoluteUri ? location : new Uri(current, location);
                    continue;
                }
                if (!response.IsSuccessStatusCode)
                {
                    throw new ArticleReadException($"{current}: HTTP {(int)response.StatusCode}");
                }
                if (response.Content.Headers.ContentLength > _options.MaxBytes)
                {
                    throw new ArticleReadException($"{current}: body of {response.Content.Headers.ContentLength} bytes is over the {_options.MaxBytes}-byte limit");
                }
                await using var stream = await response.Content.ReadAsStreamAsync(deadline.Token);
                return (await ReadCappedAsync(stream, current, deadline.Token), current);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ArticleReadException($"{url}: no complete answer within {_options.Timeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException e)
        {
            throw new ArticleReadException($"{url}: {(e.InnerException as ArticleReadException)?.Message ?? e.Message}", e);
        }
    }

    /// <summary>POSTs <paramref name="json"/> to <paramref name="url"/> (a webhook) under the same address policy, deadline and answer cap as a fetch.</summary>
    /// <remarks>Redirects are not followed (a webhook that moved is a failure to report, not a hop to take with the body).</remarks>
    /// <exception cref="ArticleReadException">Refused address, bad scheme, a status other than 2xx, or timed out.</exception>
    public async Task PostJsonAsync(Uri url, string json, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.Timeout);
        try
        {
            CheckUrl(url);
            using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
            using var response = await _client.PostAsync(url, content, deadline.Token);
            if (!response.IsSuccessStatusCode)
            {
                throw new ArticleReadException($"{UrlCredentials.Strip(url.ToString())}: HTTP {(int)response.StatusCode}");
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ArticleReadException($"{UrlCredentials.Strip(url.ToString())}: no answer within {_options.Timeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException e)
        {
            throw new ArticleReadException($"{UrlCredentials.Strip(url.ToString())}: {(e.InnerException as ArticleReadException)?.Message ?? e.Message}", e);
        }
    }

    public void Dispose() => _client.Dispose();

    private static void CheckUrl(Uri url)
    {
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArticleReadException($"{url}: only http and https URLs are fetched");
        }
    }

    private async Task<byte[]> ReadCappedAsync(Stream stream, Uri url, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            var read = await stream.ReadAsync(chunk, cancellationToken);
            if (read == 0)
            {
                return buffer.ToArray();
            }
            if (buffer.Length + read > _options.MaxBytes)
            {
                throw new ArticleReadException($"{url}: body exceeds the {_options.MaxBytes}-byte limit; stopped reading");
            }
            buffer.Write(chunk, 0, read);
        }
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = addresses.Where(_options.Policy.IsAllowed).ToList();
        if (allowed.Count == 0 || allowed.Count < addresses.Length)
        {
            throw new ArticleReadException($"refused to connect to {host}: it resolves to a private network address (pass --allow-private to permit)");
        }
        var socket = new Socket(allowed[0].AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed.Where(a => a.AddressFamily == allowed[0].AddressFamily).ToArray(), context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
