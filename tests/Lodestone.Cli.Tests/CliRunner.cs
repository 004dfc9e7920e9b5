using Lodestone.Cli.Infrastructure;
using Lodestone.Testing;
using Spectre.Console;

namespace Lodestone.Cli.Tests;

/// <summary>Runs the CLI in-process on the default dataset with captured output and a fixed clock (2026-11-23).</summary>
internal static class CliRunner
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public sealed record Result(int ExitCode, string Out, string Error);

    public static async Task<Result> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            ColorSystem = ColorSystemSupport.NoColors,
            Ansi = AnsiSupport.No,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 100;
        var context = new CliContext
        {
            Console = console,
            Out = output,
            Error = error,
            Clock = new FixedClock(Now),
            OpenDataset = (_, _) => Task.FromResult(DefaultData.Dataset),
        };
        var code = await LodestoneApp.RunAsync(args, context);
        return new Result(code, output.ToString(), error.ToString());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
