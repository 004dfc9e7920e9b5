using System.CommandLine;
using Lodestone.Cli.Infrastructure;
using Lodestone.Queries.Exposure;

namespace Lodestone.Cli.Commands.Exposure;

/// <summary><c>lodestone exposure</c>: direct, traced (bounds), control-adjusted and transit exposure of an importer to a supplier.
/// Answered by <see cref="ExposureQuestion"/>, rendered here.</summary>
internal static class ExposureCommand
{
    public static Command Create(CliContext context)
    {
        var importer = CommonOptions.Importer();
        var supplier = CommonOptions.Supplier();
        var commodity = new Option<string?>("--commodity") { Description = "One commodity (name, alias or element symbol); default: every commodity with data" };
        var stage = new Option<string?>("--stage") { Description = "Only this stage: mining, refining, components or recycling" };
        var year = CommonOptions.Year();
        var asOf = CommonOptions.AsOf();
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var command = new Command("exposure", "World, traced (through partners' own output and imports, as bounds), control-adjusted and transit exposure of an importer to a supplier, per commodity and stage, with each partner's evidence");
        command.Options.Add(importer);
        command.Options.Add(supplier);
        command.Options.Add(commodity);
        command.Options.Add(stage);
        command.Options.Add(year);
        command.Options.Add(asOf);
        command.Options.Add(format);
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            var dataset = await context.OpenDataset(r.GetValue(LodestoneApp.Db), ct);
            var request = ExposureQuestion.Request(dataset, r.GetValue(importer), r.GetValue(supplier), r.GetValue(commodity), r.GetValue(stage),
                r.GetValue(year), r.GetValue(asOf), context.Today);
            var answer = ExposureQuestion.Answer(dataset, request);
            switch (r.GetValue(format))
            {
                case OutputFormat.Json:
                    JsonOutput.Write(context.Out, answer);
                    break;
                case OutputFormat.Csv:
                    ExposureRenderer.Csv(context.Out, answer);
                    break;
                default:
                    ExposureRenderer.Table(context.Console, answer);
                    break;
            }
            return 0;
        });
        return command;
    }
}
