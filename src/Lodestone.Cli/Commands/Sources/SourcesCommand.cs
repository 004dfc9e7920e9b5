using System.CommandLine;
using Lodestone.Cli.Commands.Exposure;
using Lodestone.Cli.Infrastructure;
using Lodestone.Cli.Rendering;
using Lodestone.Queries;
using Lodestone.Queries.Contracts;
using Lodestone.Queries.Sources;
using Spectre.Console;

namespace Lodestone.Cli.Commands.Sources;

/// <summary><c>lodestone sources [ID]</c>: the sources every figure cites, a page at a time or one by id. Answered by <see cref="SourcesQuestion"/>.</summary>
internal static class SourcesCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string?>("id") { Description = "One source id (e.g. USGS-MCS-2025-DR); omit to list", Arity = ArgumentArity.ZeroOrOne };
        var text = new Option<string?>("--q") { Description = "Only sources whose title or publisher contains this text" };
        var page = new Option<int?>("--page") { Description = "Page number, from 1" };
        var pageSize = new Option<int?>("--page-size") { Description = $"Sources per page, 1–{Paging.MaxPageSize} (default {Paging.DefaultPageSize})" };
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var command = new Command("sources", "The sources every figure cites: title, publisher, URL and publication date.") { id, text, page, pageSize, format };
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            var data = await context.OpenDataset(r.GetValue(LodestoneApp.Db), ct);
            IReadOnlyList<SourceDto> rows;
            object answer;
            if (r.GetValue(id) is { } one)
            {
                var source = SourcesQuestion.One(data, one);
                rows = [source];
                answer = source;
            }
            else
            {
                var list = SourcesQuestion.Answer(data, SourcesQuestion.Request(r.GetValue(text), r.GetValue(page), r.GetValue(pageSize)));
                rows = list.Items;
                answer = list;
            }
            switch (r.GetValue(format))
            {
                case OutputFormat.Json:
                    JsonOutput.Write(context.Out, answer);
                    break;
                case OutputFormat.Csv:
                    CsvText.WriteRow(context.Out, ["id", "title", "publisher", "url", "published", "read_via"]);
                    foreach (var s in rows)
                    {
                        CsvText.WriteRow(context.Out, [s.Id, s.Title, s.Publisher, s.Url, s.Published, s.ReadVia]);
                    }
                    break;
                default:
                    var table = new Table().Border(TableBorder.Simple).AddColumn("Id").AddColumn("Title").AddColumn("Published").AddColumn("URL");
                    foreach (var s in rows)
                    {
                        table.AddRow(Markup.Escape(s.Id), Markup.Escape(s.Title), Markup.Escape(s.Published ?? Fmt.Missing), Markup.Escape(s.Url ?? Fmt.Missing));
                    }
                    context.Console.Write(table);
                    if (answer is PageDto<SourceDto> p)
                    {
                        context.Console.MarkupLine(Markup.Escape(Fmt.Invariant($"page {p.Page}, {p.Items.Count} of {p.Total} sources")));
                    }
                    break;
            }
            return 0;
        });
        return command;
    }
}
