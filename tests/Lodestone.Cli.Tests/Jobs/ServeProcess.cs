using System.Diagnostics;
using System.Text.Json;

namespace Lodestone.Cli.Tests.Jobs;

/// <summary>A real <c>lodestone serve</c> child process on a free loopback port, with an HTTP client pointed at it; disposed by SIGKILL.</summary>
internal sealed class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Task<string> _error;

    private ServeProcess(Process process, Task<string> error, Uri address)
    {
        _process = process;
        _error = error;
        Client = new HttpClient { BaseAddress = address };
    }

    public HttpClient Client { get; }

    /// <summary>Starts <c>lodestone --db DB serve</c> with <paramref name="environment"/> added (configuration such as <c>Lodestone__Jobs__LeaseSeconds</c>) and waits until it listens.</summary>
    public static async Task<ServeProcess> StartAsync(string db, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "lodestone.dll"), "--db", db, "serve", "--urls", "http://127.0.0.1:0", "--format", "json" })
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment.Remove("LODESTONE_DB");
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start dotnet");
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            // serve --format json prints one (indented) document once it listens: read lines until they parse.
            var text = new System.Text.StringBuilder();
            JsonDocument? document = null;
            while (document is null)
            {
                var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
                if (line is null)
                {
                    await process.WaitForExitAsync();
                    throw new InvalidOperationException("serve exited before listening: " + await error);
                }
                text.AppendLine(line);
                try
                {
                    document = JsonDocument.Parse(text.ToString());
                }
                catch (JsonException)
                {
                    // Not complete yet.
                }
            }
            // Keep draining stdout so the child never blocks on a full pipe.
            _ = process.StandardOutput.ReadToEndAsync();
            var url = document.RootElement.GetProperty("urls")[0].GetString()!;
            document.Dispose();
            return new ServeProcess(process, error, new Uri(url));
        }
        catch
        {
            // A server that did not come up (or whose answer could not be read) must not outlive the test.
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
            process.Dispose();
            throw;
        }
    }

    /// <summary>SIGKILL: no shutdown hook runs, a running job keeps its row as it was (running, with a lease that will lapse).</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync();
    }

    /// <summary>What the process wrote to stderr (its logs), once it has exited.</summary>
    public Task<string> ErrorAsync() => _error;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await KillAsync();
        _process.Dispose();
    }
}
