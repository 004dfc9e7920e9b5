using System.CommandLine;
using Lodestone.Cli.Infrastructure;
using Lodestone.Cli.Rendering;
using Lodestone.Queries;
using Lodestone.Queries.Contracts;
using Lodestone.Queries.Minerals;
using Spectre.Console;

namespace Lodestone.Cli.Commands.Minerals;

/// <summary><c>lodestone minerals</c>: the commodities the knowledge base knows, with list memberships and the largest supplier of
/// each stage. Answered by <see cref="MineralListQuestion"/>, as <c>/api/minerals</c> (same JSON document).</summary>
internal static class MineralsCommand
{
    public static Command Create(CliContext context)
    {
        var all = new Option<bool>("--all") { Description = "Include commodities without data (individual elements of a group, for instance)" };
        var query = new Option<string?>("--q") { Description = "Only commodities whose name contains this text" };
        var stage = new Option<string?>("--stage") { Description = "Only commodities with a leading supplier at this stage: mining, refining, components or recycling" };
        var leader = new Option<string?>("--leader") { Description = "Only commodities this country leads (at --stage when given): " + QueryInput.CountryForms };
        var year = CommonOptions.Year();
        var page = new Option<int?>("--page") { Description = "Page number, from 1" };
        var pageSize = new Option<int?>("--page-size") { Description = $"Commodities per page, 1–{Paging.MaxPageSize} (default {Paging.MaxPageSize}: the whole list)" };
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var command = new Command("minerals", "List the commodities in the knowledge base with list memberships and the largest supplier of each stage.")
        {
            all, query, stage, leader, year, page, pageSize, format,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var data = await context.OpenDataset(parse.GetValue(LodestoneApp.Db), cancellationToken);
            var request = MineralListQuestion.Request(data, parse.GetValue(query), parse.GetValue(stage), parse.GetValue(leader), parse.GetValue(year),
                parse.GetValue(all), parse.GetValue(page), parse.GetValue(pageSize));
            var answer = MineralListQuestion.Answer(data, request);
            switch (parse.GetValue(format))
            {
                case OutputFormat.Json:
                    JsonOutput.Write(context.Out, answer);
                    break;
                case OutputFormat.Csv:
                    await context.Out.WriteLineAsync("name,kind,member_of,symbols,us_list_2025,eu_list_2023,has_data,stage,year,leader,leader_share_pct,qualifier,source_id");
                    foreach (var m in answer.Items)
                    {
                        var common = string.Join(",", m.Name, m.Kind, m.MemberOf ?? "", string.Join(";", m.Symbols), m.OnUsList2025 ? "true" : "false",
                            m.OnEuList2023 ? "true" : "false", m.HasData ? "true" : "false");
                        if (m.Leaders.Count == 0)
                        {
                            await context.Out.WriteLineAsync(common + ",,,,,,");
                        }
                        foreach (var l in m.Leaders)
                        {
                            await context.Out.WriteLineAsync(common + "," + string.Join(",", l.Stage, Fmt.Invariant($"{l.Year}"), l.Country, Fmt.Invariant($"{l.SharePct}"), l.Qualifier, l.SourceId));
                        }
                    }
                    break;
                default:
                    Table(context.Console, answer, request.Year);
                    break;
            }
            return 0;
        });
        return command;
    }

    private static void Table(IAnsiConsole console, PageDto<MineralSummaryDto> answer, int? year)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("Commodity").AddColumn("Kind").AddColumn("Symbol").AddColumn("US 2025").AddColumn("EU 2023").AddColumn("Largest supplier by stage");
        foreach (var m in answer.Items)
        {
            var leaders = m.Leaders.Count == 0
                ? Fmt.Missing
                : string.Join("\n", m.Leaders.Select(l => Fmt.Invariant($"{l.Stage}: {l.Country} {(l.Qualifier == "=" ? "" : l.Qualifier)}{l.SharePct:0.#} %{(l.YearNote is null ? "" : " † " + l.YearNote)}")));
            table.AddRow(Markup.Escape(m.Name), m.Kind, Markup.Escape(string.Join(" ", m.Symbols)), m.OnUsList2025 ? "yes" : "", m.OnEuList2023 ? "yes" : "", Markup.Escape(leaders));
        }
        console.Write(table);
        console.MarkupLine(Markup.Escape(Fmt.Invariant(
            $"{answer.Items.Count} of {answer.Total} commodities (page {answer.Page}), data year {year}. Lists: US = USGS final 2025 List of Critical Minerals; EU = 2023 critical raw materials.")));
    }
}
