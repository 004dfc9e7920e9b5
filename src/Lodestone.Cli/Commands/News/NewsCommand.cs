using System.CommandLine;
using Lodestone.Cli.Infrastructure;

namespace Lodestone.Cli.Commands.News;

/// <summary><c>lodestone news</c>: ingest and extract news articles.</summary>
internal static class NewsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("news", "Ingest news articles and extract sourced events and claims");
        command.Subcommands.Add(NewsIngestCommand.Create(context));
        command.Subcommands.Add(NewsExtractCommand.Create(context));
        command.Subcommands.Add(NewsEvaluateCommand.Create(context));
        return command;
    }
}
