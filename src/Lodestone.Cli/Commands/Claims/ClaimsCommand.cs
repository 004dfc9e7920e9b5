using System.CommandLine;
using System.Globalization;
using Lodestone.Cli.Commands.News;
using Lodestone.Cli.Infrastructure;
using Spectre.Console;

namespace Lodestone.Cli.Commands.Claims;

/// <summary><c>lodestone claims</c>: tracked claims and targets from ingested news. A parent command: subcommands (e.g. <c>claims evaluate</c>) are added below it.</summary>
internal static class ClaimsCommand
{
    public static Command Create(CliContext context)
    {
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("claims", "List claims and targets from ingested news with speaker, horizon and due date");
        command.Options.Add(format);
        command.Subcommands.Add(ClaimsEvaluateCommand.Create(context, "evaluate"));
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            using var store = await NewsStoreOpener.OpenAsync(r.GetValue(LodestoneApp.Db), ct);
            var claims = store.Claims();
            if (r.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.Write(context.Out, claims.Select(c => new
                {
                    c.Id,
                    c.Speaker,
                    c.Text,
                    c.HorizonMonths,
                    DueDate = c.DueDate?.ToString(),
                    Source = c.Location,
                    Evidence = new { Start = c.Start, End = c.End },
                }));
                return 0;
            }
            var table = new Table().AddColumns("id", "speaker", "horizon (months)", "due", "claim");
            foreach (var c in claims)
            {
                table.AddRow(c.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(c.Speaker ?? "—"), c.HorizonMonths?.ToString(CultureInfo.InvariantCulture) ?? "—",
                    c.DueDate?.ToString() ?? "—", Markup.Escape(c.Text.Length > 80 ? c.Text[..80] + "…" : c.Text));
            }
            context.Console.Write(table);
            return 0;
        });
        return command;
    }
}
