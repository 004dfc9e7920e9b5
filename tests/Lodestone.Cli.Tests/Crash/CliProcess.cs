using System.Diagnostics;

namespace Lodestone.Cli.Tests.Crash;

/// <summary>The real <c>lodestone</c> CLI as a child process (the build copies it beside the tests), run to the end or killed.</summary>
internal static class CliProcess
{
    private static string Dll => Path.Combine(AppContext.BaseDirectory, "lodestone.dll");

    public sealed record Outcome(int ExitCode, string Out, string Error, TimeSpan Took);

    /// <summary>Runs the CLI with <paramref name="args"/> to the end (two minutes at most).</summary>
    public static Task<Outcome> RunAsync(params string[] args) => RunAsync(null, args);

    /// <summary>Runs the CLI with <paramref name="args"/> and the extra <paramref name="environment"/> to the end (two minutes at most).</summary>
    public static async Task<Outcome> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var process = Start(args, environment);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var watch = Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Outcome(process.ExitCode, await output, await error, watch.Elapsed);
    }

    /// <summary>Starts the CLI and sends it SIGKILL after <paramref name="delay"/>; true when it was still running then.</summary>
    public static Task<bool> KillAfterAsync(TimeSpan delay, params string[] args) => KillAfterAsync(delay, null, args);

    /// <summary>As <see cref="KillAfterAsync(TimeSpan, string[])"/>, with the extra <paramref name="environment"/>.</summary>
    public static async Task<bool> KillAfterAsync(TimeSpan delay, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var process = Start(args, environment);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var exited = process.WaitForExit(delay);
        if (!exited)
        {
            // Process.Kill is kill(pid, SIGKILL) on Unix: no finaliser, no rollback by the process itself.
            process.Kill(entireProcessTree: true);
        }
        await process.WaitForExitAsync();
        await Task.WhenAll(output, error);
        return !exited;
    }

    /// <summary>Starts the CLI, polls <paramref name="ready"/> until it holds, then sends SIGKILL; false when the CLI exited first (or within two minutes it never held).</summary>
    public static async Task<bool> KillWhenAsync(Func<bool> ready, params string[] args)
    {
        using var process = Start(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        var killed = false;
        while (!process.HasExited && DateTime.UtcNow < deadline)
        {
            if (ready())
            {
                process.Kill(entireProcessTree: true);
                killed = true;
                break;
            }
            await Task.Delay(10);
        }
        if (!process.HasExited && !killed)
        {
            process.Kill(entireProcessTree: true);
        }
        await process.WaitForExitAsync();
        await Task.WhenAll(output, error);
        return killed;
    }

    private static Process Start(string[] args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment.Remove("LODESTONE_DB");
        info.Environment.Remove("LODESTONE_TEST_KILL_AT");
        info.Environment.Remove("LODESTONE_TEST_KILL_TRACE");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }
        return Process.Start(info) ?? throw new InvalidOperationException("cannot start dotnet");
    }
}
