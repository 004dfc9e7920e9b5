using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Lodestone.Cli.Tests.Crash;

/// <summary><c>lodestone serve</c> as a child process on a free loopback port, with an API key; killed on dispose.</summary>
internal sealed class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly Task _output;
    private readonly Task _error;

    private ServeProcess(Process process, Uri address)
    {
        _process = process;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        _output = PumpAsync(process.StandardOutput);
        _error = PumpAsync(process.StandardError);
    }

    public HttpClient Client { get; }

    /// <summary>Everything the server wrote so far (stdout and stderr).</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Starts the server on <paramref name="db"/> and waits (two minutes at most) until it says where it listens.</summary>
    public static async Task<ServeProcess> StartAsync(string db, string apiKey)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "lodestone.dll"), "--db", db, "serve", "--urls", "http://127.0.0.1:0" })
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment.Remove("LODESTONE_DB");
        info.Environment["Lodestone__ApiKey"] = apiKey;
        var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start dotnet");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            // Once Kestrel listens: "Lodestone is serving on http://127.0.0.1:PORT (API reference at /scalar). Ctrl-C stops it."
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                ?? throw new InvalidOperationException("serve exited before listening: " + await process.StandardError.ReadToEndAsync(timeout.Token));
            var url = Regex.Match(line, @"serving on (http://[^ ,]+)").Groups[1].Value;
            if (url.Length == 0)
            {
                throw new InvalidOperationException("serve said: " + line);
            }
            return new ServeProcess(process, new Uri(url));
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    private async Task PumpAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (_log)
            {
                _log.AppendLine(line);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync();
        await Task.WhenAll(_output, _error);
        _process.Dispose();
    }
}
