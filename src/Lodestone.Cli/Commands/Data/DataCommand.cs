using System.CommandLine;
using Lodestone.Cli.Infrastructure;

namespace Lodestone.Cli.Commands.Data;

/// <summary><c>lodestone data</c>: import, validate and export the facts of the knowledge store.</summary>
internal static class DataCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("data", "Import and validate the knowledge base's facts (CSV files of the shapes in data/); export every table a view reads and import it back");
        command.Subcommands.Add(DataImportCommand.Create(context));
        command.Subcommands.Add(DataValidateCommand.Create(context));
        command.Subcommands.Add(DataExportCommand.Create(context));
        command.Subcommands.Add(ImportUsgsCommand.Create(context));
        command.Subcommands.Add(ImportBaciCommand.Create(context));
        return command;
    }
}
