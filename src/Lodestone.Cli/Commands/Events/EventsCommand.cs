using System.CommandLine;
using System.Globalization;
using Lodestone.Cli.Commands.News;
using Lodestone.Cli.Infrastructure;
using Lodestone.Domain.Errors;
using Lodestone.Domain.Model;
using Lodestone.News.Contracts;
using Lodestone.News.Model;
using Lodestone.News.Storage;
using Spectre.Console;

namespace Lodestone.Cli.Commands.Events;

/// <summary><c>lodestone events [--since DATE] [--commodity X] [--country ISO3]</c>: stored events with their sources; <c>events review</c> below it.</summary>
internal static class EventsCommand
{
    public static Command Create(CliContext context)
    {
        var since = new Option<string?>("--since") { Description = "Only events dated on or after YYYY-MM-DD" };
        var commodity = new Option<string?>("--commodity") { Description = "Only events naming this commodity (canonical name or alias)" };
        var country = new Option<string?>("--country") { Description = "Only events with this party (ISO3 or name)" };
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("events", "List events extracted from ingested news, merged across sources");
        command.Options.Add(since);
        command.Options.Add(commodity);
        command.Options.Add(country);
        command.Options.Add(format);
        command.Subcommands.Add(EventsReviewCommand.Create(context));
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            DateOnly? sinceDate = null;
            if (r.GetValue(since) is { } s)
            {
                sinceDate = DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    ? d : throw new LodestoneException(ErrorCode.BadArguments, $"--since must be a date YYYY-MM-DD, got '{s}'");
            }
            var db = r.GetValue(LodestoneApp.Db);
            var dataset = await context.OpenDataset(db, ct);
            string? commodityName = null;
            if (r.GetValue(commodity) is { } c)
            {
                commodityName = dataset.Commodities.Find(c)?.Name ?? throw new LodestoneException(ErrorCode.NotFound, $"unknown commodity '{c}'");
            }
            Iso3? iso3 = null;
            if (r.GetValue(country) is { } k)
            {
                iso3 = dataset.Countries.FindByName(k)?.Iso3 ?? throw new LodestoneException(ErrorCode.NotFound, $"unknown country '{k}'");
            }
            using var store = await NewsStoreOpener.OpenAsync(db, ct);
            var events = store.Events(new EventQuery(sinceDate, commodityName, iso3));
            if (r.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.Write(context.Out, events.Select(e => ContractMapper.ToJson(e)));
                return 0;
            }
            var table = new Table().AddColumns("id", "type", "date", "countries", "commodities", "sources", "kb", "summary");
            foreach (var e in events)
            {
                table.AddRow(e.Id.ToString(CultureInfo.InvariantCulture), e.Type.Slug(), e.Date?.ToString() ?? "—", string.Join(' ', e.Countries),
                    Markup.Escape(string.Join(", ", e.Commodities)), e.Sources.Count.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(string.Join(' ', e.KnowledgeBaseIds)), Markup.Escape(e.Summary.Length > 60 ? e.Summary[..60] + "…" : e.Summary));
            }
            context.Console.Write(table);
            return 0;
        });
        return command;
    }
}
