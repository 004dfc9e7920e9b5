using Lodestone.Cli.Infrastructure;
using Lodestone.Testing;
using Microsoft.Extensions.Time.Testing;
using Spectre.Console;

namespace Lodestone.Cli.Tests.Commands.Simulate;

/// <summary>Runs the CLI in-process against the default dataset, capturing stdout and stderr.</summary>
internal static class CliRunner
{
    public static async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 140;
        var context = new CliContext
        {
            Console = console,
            Out = output,
            Error = error,
            Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero)),
            OpenDataset = (_, _) => Task.FromResult(DefaultData.Dataset),
        };
        var exit = await LodestoneApp.RunAsync(args, context);
        return (exit, output.ToString(), error.ToString());
    }
}
