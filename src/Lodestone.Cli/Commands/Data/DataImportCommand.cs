using System.CommandLine;
using Lodestone.Cli.Infrastructure;
using Lodestone.Data.Exchange;
using Lodestone.Domain.Errors;

namespace Lodestone.Cli.Commands.Data;

/// <summary><c>lodestone data import PATH</c>: validates CSV files and writes them to the store in one transaction.</summary>
internal static class DataImportCommand
{
    public static Command Create(CliContext context)
    {
        var path = new Argument<string>("PATH")
        {
            Description = "A CSV file or a folder of them, of the shapes in data/ (usgs_mcs_production.csv, export_controls.csv …), or a directory written by `data export` (with --replace)",
        };
        var replace = new Option<bool>("--replace")
        {
            Description = "Replace the store's whole content with these files instead of adding to it (required for an export directory)",
        };
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("import", "Validate CSV files against the reference catalogues and import them, all or nothing; prints rows per table");
        command.Arguments.Add(path);
        command.Options.Add(replace);
        command.Options.Add(format);
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            var input = r.GetValue(path)!;
            var replacing = r.GetValue(replace);
            if (ExportManifest.IsExport(input))
            {
                if (!replacing)
                {
                    throw new LodestoneException(ErrorCode.BadArguments,
                        $"'{input}' is a `data export` directory, a whole store: importing it replaces the store's content, so add --replace");
                }
                var target = await context.OpenStore(r.GetValue(LodestoneApp.Db), false, ct);
                var before = await ChangeAlerts.BeforeAsync(context, r.GetValue(LodestoneApp.Db), ct);
                var replaced = await DataReport.RunAsync(context, r.GetValue(format), "replaced", input, target.Backend,
                    () => StoreImporter.ImportAsync(target, input, ct));
                return await AlertAfterAsync(before, replaced, "replaced", input, ct);
            }
            // A replace needs no seed: the files become the whole content.
            var store = await context.OpenStore(r.GetValue(LodestoneApp.Db), !replacing, ct);
            var alerts = await ChangeAlerts.BeforeAsync(context, r.GetValue(LodestoneApp.Db), ct);
            var exit = await DataReport.RunAsync(context, r.GetValue(format), replacing ? "replaced" : "imported", input, store.Backend,
                () => FactImporter.ImportAsync(store, store.Reference, input, replacing, ct));
            return await AlertAfterAsync(alerts, exit, replacing ? "replaced" : "imported", input, ct);
        });
        return command;
    }

    /// <summary>After a successful import, the brief alerts it raises (none for a failed one: nothing was written).</summary>
    private static async Task<int> AlertAfterAsync(ChangeAlerts alerts, int exit, string verb, string input, CancellationToken ct)
    {
        if (exit == 0)
        {
            await alerts.AfterAsync("import:" + Path.GetFileName(Path.TrimEndingDirectorySeparator(input)), $"data import: {input} {verb}", ct);
        }
        return exit;
    }
}
