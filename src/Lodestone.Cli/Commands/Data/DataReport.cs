using Lodestone.Cli.Infrastructure;
using Lodestone.Domain.Errors;
using Spectre.Console;

namespace Lodestone.Cli.Commands.Data;

/// <summary>Rendering shared by <c>data import</c> and <c>data validate</c>: rows per table, or every issue found.</summary>
internal static class DataReport
{
    /// <summary>Runs <paramref name="work"/>; prints its per-table counts (exit 0) or every issue as file:line:field: message (exit 3).</summary>
    public static async Task<int> RunAsync(CliContext context, OutputFormat format, string verb, string path, string store,
        Func<Task<IReadOnlyDictionary<string, int>>> work)
    {
        IReadOnlyDictionary<string, int> counts;
        try
        {
            counts = await work();
        }
        catch (DataValidationException e)
        {
            foreach (var issue in e.Issues)
            {
                await context.Error.WriteLineAsync(issue.ToString());
            }
            await context.Error.WriteLineAsync($"error: {e.Issues.Count} issue(s) in {path}; nothing was written");
            if (format == OutputFormat.Json)
            {
                JsonOutput.Write(context.Out, new
                {
                    Status = "invalid",
                    Path = path,
                    Issues = e.Issues.Select(i => new { i.File, i.Line, i.Field, i.Message }),
                });
            }
            return ErrorCode.InvalidData.ExitCode();
        }

        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(context.Out, new { Status = verb, Path = path, Store = store, Counts = counts, Total = counts.Values.Sum() });
            return 0;
        }
        var table = new Table().AddColumn("table").AddColumn(new TableColumn("rows").RightAligned());
        foreach (var (name, count) in counts)
        {
            table.AddRow(Markup.Escape(name), count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        table.AddRow("[bold]total[/]", "[bold]" + counts.Values.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture) + "[/]");
        context.Console.MarkupLine($"{Markup.Escape(verb)}: {Markup.Escape(path)} → {Markup.Escape(store)}");
        context.Console.Write(table);
        return 0;
    }
}
