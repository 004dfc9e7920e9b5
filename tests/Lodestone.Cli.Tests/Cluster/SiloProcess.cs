using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Lodestone.Cli.Tests.Cluster;

/// <summary>A real <c>lodestone silo</c> child process on loopback ports; disposed by SIGKILL.</summary>
internal sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process _process;

    private SiloProcess(Process process, Task<string> error)
    {
        _process = process;
        Error = error;
    }

    /// <summary>What the silo wrote to standard error (Orleans's warnings), once it has exited.</summary>
    public Task<string> Error { get; }

    /// <summary>Starts <c>lodestone --db DB silo --cluster CLUSTER</c> on two free loopback ports and waits until it has joined.</summary>
    public static async Task<SiloProcess> StartAsync(string db, string cluster)
    {
        var info = Lodestone("--db", db, "silo", "--cluster", cluster, "--address", "127.0.0.1",
            "--port", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--gateway-port", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "json");
        var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start dotnet");
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            // silo --format json prints one (indented) document once it has joined: read lines until they parse.
            var text = new System.Text.StringBuilder();
            while (true)
            {
                var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
                if (line is null)
                {
                    await process.WaitForExitAsync();
                    throw new InvalidOperationException("silo exited before joining: " + await error);
                }
                text.AppendLine(line);
                try
                {
                    JsonDocument.Parse(text.ToString()).Dispose();
                    break;
                }
                catch (JsonException)
                {
                    // Not complete yet.
                }
            }
            _ = process.StandardOutput.ReadToEndAsync();
            return new SiloProcess(process, error);
        }
        catch
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
            process.Dispose();
            throw;
        }
    }

    /// <summary>The CLI as a child process with redirected output (no LODESTONE_DB or LODESTONE_CLUSTER from the test's environment).</summary>
    public static ProcessStartInfo Lodestone(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "lodestone.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment.Remove("LODESTONE_DB");
        info.Environment.Remove("LODESTONE_CLUSTER");
        return info;
    }

    /// <summary>SIGKILL: the silo leaves without a word; the cluster must find out by itself.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
