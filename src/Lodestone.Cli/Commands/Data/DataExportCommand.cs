using System.CommandLine;
using Lodestone.Cli.Infrastructure;
using Lodestone.Data.Exchange;
using Lodestone.Domain.Errors;
using Spectre.Console;

namespace Lodestone.Cli.Commands.Data;

/// <summary><c>lodestone data export --format csv|json --out DIR</c>: every stored fact, as re-importable CSV or one JSON file.</summary>
internal static class DataExportCommand
{
    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "File format: csv (the shapes of data/, re-importable) or json (one file with every table)",
            DefaultValueFactory = _ => "csv",
        };
        format.AcceptOnlyFromAmong("csv", "json");
        var output = new Option<string>("--out", "-o")
        {
            Description = "Directory to write into (created if missing; files of the same name are overwritten)",
            Required = true,
        };
        var command = new Command("export", "Export every stored source and fact: CSV files of the shapes in data/, or one JSON file");
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            var directory = r.GetValue(output)!;
            if (File.Exists(directory))
            {
                throw new LodestoneException(ErrorCode.BadArguments, $"--out must be a directory, '{directory}' is a file");
            }
            var store = await context.OpenStore(r.GetValue(LodestoneApp.Db), true, ct);
            var facts = await store.LoadFactsAsync(ct);
            IReadOnlyDictionary<string, int> written = r.GetValue(format) == "json"
                ? new Dictionary<string, int>(StringComparer.Ordinal)
                {
                    [Path.GetFileName(JsonExporter.Write(facts, await store.SchemaVersionAsync(ct), directory))] = facts.Counts.Values.Sum(),
                }
                : CsvExporter.Write(facts, store.Reference, directory);
            var table = new Table().AddColumn("file").AddColumn(new TableColumn("rows").RightAligned());
            foreach (var (file, rows) in written)
            {
                table.AddRow(Markup.Escape(file), rows.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            context.Console.MarkupLine($"exported {Markup.Escape(store.Backend)} store → {Markup.Escape(Path.GetFullPath(directory))}");
            context.Console.Write(table);
            return 0;
        });
        return command;
    }
}
