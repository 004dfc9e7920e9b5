using System.CommandLine;
using Lodestone.Cli.Infrastructure;

namespace Lodestone.Cli.Tests;

public class CommandConventionTests
{
    private static IEnumerable<Command> AllCommands(Command command) =>
        new[] { command }.Concat(command.Subcommands.SelectMany(AllCommands));

    [Fact]
    public void EveryCommandAndOption_HasADescription()
    {
        var root = LodestoneApp.BuildRoot(new CliContext
        {
            Console = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings()),
            Out = TextWriter.Null,
            Error = TextWriter.Null,
            Clock = TimeProvider.System,
            OpenDataset = (_, _) => throw new InvalidOperationException("not opened in this test"),
        });

        foreach (var command in AllCommands(root))
        {
            Assert.False(string.IsNullOrWhiteSpace(command.Description), $"command '{command.Name}' has no description");
            foreach (var option in command.Options.Where(o => o.Name is not ("--help" or "--version" or "-h" or "-?")))
            {
                Assert.False(string.IsNullOrWhiteSpace(option.Description), $"option '{option.Name}' of '{command.Name}' has no description");
            }
        }
    }
}
