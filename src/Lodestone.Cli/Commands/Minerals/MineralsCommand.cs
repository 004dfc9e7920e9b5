using System.CommandLine;
using Lodestone.Cli.Infrastructure;
using Lodestone.Cli.Rendering;
using Lodestone.Domain.Model;
using Spectre.Console;

namespace Lodestone.Cli.Commands.Minerals;

/// <summary><c>lodestone minerals</c>: the commodities the knowledge base knows, with list memberships and data coverage.</summary>
internal static class MineralsCommand
{
    /// <summary>One line of the list; JSON shape of <c>lodestone minerals --format json</c>.</summary>
    internal sealed record MineralListItem(string Name, string Kind, string? MemberOf, IReadOnlyList<string> Symbols, bool OnUsList2025, bool OnEuList2023, bool HasData, IReadOnlyList<string> Stages);

    public static Command Create(CliContext context)
    {
        var all = new Option<bool>("--all") { Description = "Include commodities without data (individual elements of a group, for instance)" };
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var command = new Command("minerals", "List the commodities in the knowledge base, with the stages that have data.") { all, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var data = await context.OpenDataset(parse.GetValue(LodestoneApp.Db), cancellationToken);
            var withData = data.CommoditiesWithData().ToHashSet(StringComparer.Ordinal);
            var items = data.Commodities.All
                .Where(c => parse.GetValue(all) || withData.Contains(c.Name))
                .Select(c => new MineralListItem(c.Name, c.Kind.ToString().ToLowerInvariant(), c.MemberOf, c.Symbols, c.OnUsList2025, c.OnEuList2023,
                    withData.Contains(c.Name),
                    data.Production.Where(p => p.Commodity == c.Name).Select(p => p.Stage)
                        .Concat(data.StageShares.Where(s => s.Commodity == c.Name).Select(s => s.Stage))
                        .Distinct().Order().Select(s => s.Name()).ToList()))
                .ToList();
            switch (parse.GetValue(format))
            {
                case OutputFormat.Json:
                    JsonOutput.Write(context.Out, items);
                    break;
                case OutputFormat.Csv:
                    await context.Out.WriteLineAsync("name,kind,member_of,symbols,us_list_2025,eu_list_2023,has_data,stages");
                    foreach (var i in items)
                    {
                        await context.Out.WriteLineAsync(string.Join(",", i.Name, i.Kind, i.MemberOf ?? "", string.Join(";", i.Symbols),
                            i.OnUsList2025 ? "true" : "false", i.OnEuList2023 ? "true" : "false", i.HasData ? "true" : "false", string.Join(";", i.Stages)));
                    }
                    break;
                default:
                    var table = new Table().Border(TableBorder.Simple)
                        .AddColumn("Commodity").AddColumn("Kind").AddColumn("Symbol").AddColumn("US 2025").AddColumn("EU 2023").AddColumn("Stages with data");
                    foreach (var i in items)
                    {
                        table.AddRow(Markup.Escape(i.Name), i.Kind, Markup.Escape(string.Join(" ", i.Symbols)), i.OnUsList2025 ? "yes" : "", i.OnEuList2023 ? "yes" : "",
                            Markup.Escape(i.Stages.Count == 0 ? Fmt.Missing : string.Join(", ", i.Stages)));
                    }
                    context.Console.Write(table);
                    context.Console.MarkupLine(Markup.Escape(Fmt.Invariant($"{items.Count} commodities. Lists: US = USGS final 2025 List of Critical Minerals; EU = 2023 critical raw materials.")));
                    break;
            }
            return 0;
        });
        return command;
    }
}
