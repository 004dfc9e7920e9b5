using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Lodestone.News.Tests.Ingestion;

/// <summary>A tiny HTTP server on 127.0.0.1 for fetcher tests: each request gets the answer of <c>respond</c>.</summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LoopbackServer(Func<string, NetworkStream, CancellationToken, Task> respond)
    {
        _listener.Start();
        _loop = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync(_stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                _ = Task.Run(async () =>
                {
                    using (client)
                    {
                        var stream = client.GetStream();
                        var buffer = new byte[4096];
                        var read = await stream.ReadAsync(buffer, _stop.Token);
                        var request = Encoding.ASCII.GetString(buffer, 0, read);
                        var path = request.Split(' ') is { Length: > 1 } parts ? parts[1] : "/";
                        try
                        {
                            await respond(path, stream, _stop.Token);
                        }
                        catch (IOException)
                        {
                            // The client hung up: expected for the endless-feed test.
                        }
                        catch (OperationCanceledException)
                        {
                            // Server stopping.
                        }
                    }
                });
            }
        });
    }

    public Uri Url(string path) => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}{path}");

    public static Task WriteAsync(NetworkStream stream, string status, string body, string extraHeaders = "", CancellationToken ct = default)
    {
        var bytes = Encoding.UTF8.GetBytes($"HTTP/1.1 {status}\r\nContent-Type: application/rss+xml\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\nConnection: close\r\n{extraHeaders}\r\n{body}");
        return stream.WriteAsync(bytes, ct).AsTask();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
        _stop.Dispose();
    }
}
