using System.CommandLine;
using Lodestone.Cli.Infrastructure;
using Lodestone.Domain.Errors;
using Lodestone.Domain.Exposure;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;
using Lodestone.Exposure;
using Lodestone.Exposure.Contracts;

namespace Lodestone.Cli.Commands.Exposure;

/// <summary><c>lodestone exposure</c>: direct, effective (traced), control-adjusted and transit exposure of an importer to a supplier.</summary>
internal static class ExposureCommand
{
    public static Command Create(CliContext context)
    {
        var importer = new Option<string>("--importer") { Description = "Importing country, ISO alpha-3 (e.g. USA)", DefaultValueFactory = _ => "USA" };
        var supplier = new Option<string>("--supplier") { Description = "Supplier of concern, ISO alpha-3 (e.g. CHN)", DefaultValueFactory = _ => "CHN" };
        var commodity = new Option<string?>("--commodity") { Description = "One commodity (name, alias or element symbol); default: every commodity with data" };
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var command = new Command("exposure", "Direct, effective (multi-tier), control-adjusted and transit exposure of an importer to a supplier, per commodity and stage, with the top paths");
        command.Options.Add(importer);
        command.Options.Add(supplier);
        command.Options.Add(commodity);
        command.Options.Add(format);
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            var dataset = await context.OpenDataset(r.GetValue(LodestoneApp.Db), ct);
            var from = Country(dataset, r.GetValue(importer), "--importer");
            var to = Country(dataset, r.GetValue(supplier), "--supplier");
            var solver = new AdaptiveUpstreamSolver();
            IReadOnlyList<ExposureReport> reports;
            if (r.GetValue(commodity) is { } name)
            {
                var c = dataset.Commodities.Find(name) ?? throw new CliException(ErrorCode.NotFound, $"unknown commodity '{name}'");
                reports = [ExposureCalculator.For(dataset, from, to, c.Name, solver)];
            }
            else
            {
                reports = ExposureCalculator.ForAll(dataset, from, to, solver);
            }
            switch (r.GetValue(format))
            {
                case OutputFormat.Json:
                    JsonOutput.Write(context.Out, ExposureJson.From(from, to, reports));
                    break;
                case OutputFormat.Csv:
                    ExposureRenderer.Csv(context.Out, reports);
                    break;
                default:
                    ExposureRenderer.Table(context.Console, from, to, reports);
                    break;
            }
            return 0;
        });
        return command;
    }

    /// <summary>A known ISO alpha-3 code, else a one-line bad-arguments error.</summary>
    public static Iso3 Country(Dataset dataset, string? text, string option)
    {
        if (!Iso3.TryParse(text, out var code) || text!.Trim().Length != 3 || !dataset.Countries.Contains(code))
        {
            throw new CliException(ErrorCode.BadArguments, $"{option}: expected a known ISO 3166-1 alpha-3 code such as USA or CHN, got '{text}'");
        }
        return code;
    }
}
