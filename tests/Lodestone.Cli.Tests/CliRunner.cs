using Lodestone.Cli.Infrastructure;
using Lodestone.Testing;
using Spectre.Console;

namespace Lodestone.Cli.Tests;

/// <summary>Runs the CLI in-process on the default dataset with captured output and a fixed clock (2026-11-23).</summary>
internal static class CliRunner
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public sealed record Result(int ExitCode, string Out, string Error);

    public static Task<Result> RunAsync(params string[] args) => RunAsync(args, (_, _) => Task.FromResult(DefaultData.Dataset));

    /// <summary>As <see cref="RunAsync(string[])"/>, but every command reads its dataset from its <c>--db</c> (seeded on first use), so a
    /// command that writes and reads again sees its own write.</summary>
    public static Task<Result> RunOnStoreAsync(params string[] args) => RunAsync(args, Lodestone.Data.KnowledgeBaseOpener.OpenAsync);

    private static async Task<Result> RunAsync(string[] args, Func<string?, CancellationToken, Task<Lodestone.Domain.KnowledgeBase.Dataset>> openDataset)
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
            OpenDataset = openDataset,
        };
        var code = await LodestoneApp.RunAsync(args, context);
        return new Result(code, output.ToString(), error.ToString());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
