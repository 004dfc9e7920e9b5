using System.CommandLine;
using Lodestone.Cli.Infrastructure;
using Lodestone.Domain.Brief;

namespace Lodestone.Cli.Commands.Brief;

/// <summary><c>lodestone brief</c>: the dependency brief, the main job.</summary>
internal static class BriefCommand
{
    public static Command Create(CliContext context)
    {
        var importer = CommonOptions.Importer();
        var supplier = CommonOptions.Supplier();
        var year = CommonOptions.Year();
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Markdown);
        var command = new Command("brief", "How dependent an importer is on one supplier for each critical mineral, stage by stage, with sources.")
        {
            importer, supplier, year, format,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            CommonOptions.CheckYear(parse.GetValue(year));
            var data = await context.OpenDataset(parse.GetValue(LodestoneApp.Db), cancellationToken);
            var request = new BriefRequest(
                CommonOptions.Country(data, parse.GetValue(importer)!, "--importer"),
                CommonOptions.Country(data, parse.GetValue(supplier)!, "--supplier"),
                parse.GetValue(year),
                context.Today);
            var brief = BriefCalculator.Compute(data, request);
            switch (parse.GetValue(format))
            {
                case OutputFormat.Json:
                    JsonOutput.Write(context.Out, brief);
                    break;
                case OutputFormat.Csv:
                    await context.Out.WriteAsync(BriefRenderer.Csv(brief));
                    break;
                case OutputFormat.Markdown:
                    await context.Out.WriteAsync(BriefRenderer.Markdown(brief));
                    break;
                default:
                    BriefRenderer.Table(context.Console, brief);
                    break;
            }
            return 0;
        });
        return command;
    }
}
