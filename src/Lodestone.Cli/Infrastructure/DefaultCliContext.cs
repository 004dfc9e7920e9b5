using Lodestone.Data;
using Spectre.Console;

namespace Lodestone.Cli.Infrastructure;

/// <summary>The real process context: console streams, system clock, the configured store.</summary>
internal static class DefaultCliContext
{
    public static CliContext Create()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Out),
        });
        if (Console.IsOutputRedirected)
        {
            // Piped output gets a fixed width so files and tests look the same everywhere.
            console.Profile.Width = 100;
        }
        return new CliContext
        {
            Console = console,
            Out = Console.Out,
            Error = Console.Error,
            Clock = TimeProvider.System,
            OpenDataset = KnowledgeBaseOpener.OpenAsync,
        };
    }
}
