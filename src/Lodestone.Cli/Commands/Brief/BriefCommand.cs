using System.CommandLine;
using Lodestone.Cli.Infrastructure;
using Lodestone.Queries.Brief;

namespace Lodestone.Cli.Commands.Brief;

/// <summary><c>lodestone brief</c>: the dependency brief, the main job. Answered by <see cref="BriefQuestion"/>, rendered here.</summary>
internal static class BriefCommand
{
    public static Command Create(CliContext context)
    {
        var importer = CommonOptions.Importer();
        var supplier = CommonOptions.Supplier();
        var year = CommonOptions.Year();
        var asOf = CommonOptions.AsOf();
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Markdown);
        var command = new Command("brief", "How dependent an importer is on one supplier for each critical mineral, stage by stage, with sources.")
        {
            importer, supplier, year, asOf, format,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var data = await context.OpenDataset(parse.GetValue(LodestoneApp.Db), cancellationToken);
            var request = BriefQuestion.Request(data, parse.GetValue(importer), parse.GetValue(supplier), parse.GetValue(year), parse.GetValue(asOf), context.Today);
            var brief = BriefQuestion.Answer(data, request);
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
