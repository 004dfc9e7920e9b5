using System.CommandLine;
using System.Globalization;
using Lodestone.Cli.Infrastructure;
using Lodestone.Data;
using Lodestone.Data.Usgs;
using Lodestone.Domain.Errors;
using Spectre.Console;

namespace Lodestone.Cli.Commands.Data;

/// <summary><c>lodestone import-usgs DIR</c>: reads a USGS Mineral Commodity Summaries data release and reports what it holds.</summary>
/// <remarks>
/// A standalone command so it can be attached under <c>data</c> (as <c>data import-usgs</c>). It validates the whole
/// release (every issue as file:line:field, exit 3) and prints counts per table and per commodity, plus the
/// series it skips with their reasons. Without <c>--dry-run</c> it folds the release's production, capacity and reserves
/// into the store in one transaction (<see cref="UsgsReleaseMerge"/>).
/// </remarks>
internal static class ImportUsgsCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Argument<string>("DIR")
        {
            Description = "Folder of the release: MCS<year>_World_Data.csv and salient/mcs<year>-<code>_salient.csv (e.g. data/usgs)",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Validate and report only; write nothing" };
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("import-usgs", "Import a USGS Mineral Commodity Summaries data release: world production, capacity and reserves replace the same rows in the store");
        command.Arguments.Add(directory);
        command.Options.Add(dryRun);
        command.Options.Add(format);
        command.SetAction(async (ParseResult result, CancellationToken ct) =>
        {
            var path = result.GetValue(directory) ?? "";
            if (!Directory.Exists(path))
            {
                throw new LodestoneException(ErrorCode.BadArguments, $"no such directory '{path}': expected a USGS data release folder");
            }
            var import = UsgsImporter.ImportOrThrow(path, DataPaths.DefaultDataDirectory);
            if (!result.GetValue(dryRun))
            {
                var store = await context.OpenStore(result.GetValue(LodestoneApp.Db), true, ct);
                // One transaction from read to write: an import committed meanwhile by another process is kept, not overwritten.
                await store.UpdateAsync(existing => UsgsReleaseMerge.Merge(existing, import.Facts), ct);
            }
            if (result.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.Write(context.Out, ToJson(import, result.GetValue(dryRun)));
            }
            else
            {
                Render(context.Console, import, result.GetValue(dryRun));
            }
            return 0;
        });
        return command;
    }

    private static object ToJson(UsgsImportResult import, bool dryRun) => new
    {
        Edition = import.Release?.Edition,
        Source = import.Release is { } r ? new { r.Title, r.Url, Published = r.Published.ToString() } : null,
        DryRun = dryRun,
        Rows = import.Rows,
        Counts = Counts(import),
        Files = import.Files.Select(f => new { f.File, f.Rows, f.Facts }),
        Commodities = import.CountsByCommodity().Select(c => new
        {
            c.Commodity,
            c.Production,
            c.Capacity,
            c.Reserves,
            c.NetImportReliance,
        }),
        Skipped = import.Skipped.Select(s => new { s.UsgsCommodity, s.UsgsType, s.Rows, s.Reason }),
    };

    private static Dictionary<string, int> Counts(UsgsImportResult import) => new(StringComparer.Ordinal)
    {
        ["production"] = import.Facts.Production.Count(p => p.Kind == Domain.Facts.OutputKind.Production),
        ["capacity"] = import.Facts.Production.Count(p => p.Kind == Domain.Facts.OutputKind.Capacity),
        ["reserves"] = import.Facts.Reserves.Count,
        ["net_import_reliance"] = import.Facts.NetImportReliance.Count,
        ["sources"] = import.Facts.Sources.Count,
    };

    private static void Render(IAnsiConsole console, UsgsImportResult import, bool dryRun)
    {
        var release = import.Release!;
        console.MarkupLineInterpolated($"[bold]{release.Title}[/] ({release.Url}, {release.Published})");
        console.MarkupLineInterpolated($"{import.Files.Count} files, {import.Rows} data rows{(dryRun ? "; dry run: nothing written" : "")}");
        var totals = new Table().AddColumn("table").AddColumn(new TableColumn("rows").RightAligned());
        foreach (var (name, count) in Counts(import))
        {
            totals.AddRow(name, count.ToString(CultureInfo.InvariantCulture));
        }
        console.Write(totals);
        var table = new Table().AddColumn("commodity")
            .AddColumn(new TableColumn("production").RightAligned()).AddColumn(new TableColumn("capacity").RightAligned())
            .AddColumn(new TableColumn("reserves").RightAligned()).AddColumn(new TableColumn("NIR").RightAligned());
        foreach (var c in import.CountsByCommodity())
        {
            table.AddRow(Markup.Escape(c.Commodity), Number(c.Production), Number(c.Capacity), Number(c.Reserves), Number(c.NetImportReliance));
        }
        console.Write(table);
        console.MarkupLineInterpolated($"Skipped {import.Skipped.Count} series ({import.Skipped.Sum(s => s.Rows)} rows), each with its reason in data/reference/usgs_series.csv:");
        foreach (var group in import.Skipped.GroupBy(s => s.UsgsCommodity))
        {
            console.MarkupLineInterpolated($"  {group.Key}: {group.First().Reason}");
        }
    }

    private static string Number(int value) => value == 0 ? "—" : value.ToString(CultureInfo.InvariantCulture);
}
