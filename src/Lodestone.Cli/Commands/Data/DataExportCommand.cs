using System.CommandLine;
using Lodestone.Cli.Infrastructure;
using Lodestone.Data.Exchange;
using Lodestone.Domain.Errors;
using Spectre.Console;

namespace Lodestone.Cli.Commands.Data;

/// <summary><c>lodestone data export DIR [--format csv|json|parquet]</c>: every table a view reads, one file per table, and a manifest.</summary>
internal static class DataExportCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Argument<string?>("DIR")
        {
            Description = "Directory to write into (created if missing; files of the same name are overwritten)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "File format of every table: csv (spreadsheet-safe text cells), json (an array of row objects) or parquet",
            DefaultValueFactory = _ => "csv",
        };
        format.AcceptOnlyFromAmong("csv", "json", "parquet");
        var output = new Option<string?>("--out", "-o") { Description = "The directory, as an option (same as DIR)" };
        var command = new Command("export",
            "Export every table a view reads (the store's facts, sources, trade flows and news; the data directory's reference tables) "
            + "with a manifest; `data import DIR --replace` reads it back");
        command.Arguments.Add(directory);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            var target = r.GetValue(directory) ?? r.GetValue(output)
                ?? throw new LodestoneException(ErrorCode.BadArguments, "name the directory to write into: data export DIR");
            if (File.Exists(target))
            {
                throw new LodestoneException(ErrorCode.BadArguments, $"DIR must be a directory, '{target}' is a file");
            }
            var store = await context.OpenStore(r.GetValue(LodestoneApp.Db), true, ct);
            var manifest = await StoreExporter.ExportAsync(store, target, Enum.Parse<ExportFormat>(r.GetValue(format)!, ignoreCase: true), ct);
            var table = new Table().AddColumn("table").AddColumn("file").AddColumn(new TableColumn("rows").RightAligned());
            foreach (var t in manifest.Tables)
            {
                table.AddRow(Markup.Escape(t.Name), Markup.Escape(t.File), t.Rows.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            context.Console.MarkupLine($"exported {Markup.Escape(store.Backend)} store → {Markup.Escape(Path.GetFullPath(target))}");
            context.Console.Write(table);
            return 0;
        });
        return command;
    }
}
