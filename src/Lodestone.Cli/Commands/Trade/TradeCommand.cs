using System.CommandLine;
using Lodestone.Cli.Infrastructure;
using Lodestone.Domain.Errors;
using Lodestone.Queries;
using Lodestone.Queries.Trade;

namespace Lodestone.Cli.Commands.Trade;

/// <summary><c>lodestone trade --commodity NAME [--importer] [--exporter] [--year] [--plot FILE.png]</c>: bilateral trade as CEPII BACI records it.</summary>
internal static class TradeCommand
{
    public static Command Create(CliContext context)
    {
        var commodity = new Option<string>("--commodity") { Description = "Commodity (name, alias or symbol): every mapped HS6 code carrying it", Required = true };
        var importer = new Option<string?>("--importer") { Description = "List this importer's suppliers: " + QueryInput.CountryForms };
        var exporter = new Option<string?>("--exporter") { Description = "List this exporter's customers (with --importer: the one flow): " + QueryInput.CountryForms };
        var year = CommonOptions.Year();
        var supplier = CommonOptions.Supplier();
        supplier.Description = "Supplier whose share of recorded world exports is charted over 2002-2024: " + QueryInput.CountryForms;
        var plot = new Option<string?>("--plot") { Description = "Also write the supplier's share of recorded world exports as a PNG chart to FILE.png" };
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var command = new Command("trade",
            "Bilateral trade (CEPII BACI): partners with value, tonnes, share and unit value; the world's top exporters; the supplier's share of recorded world exports 2002-2024");
        command.Options.Add(commodity);
        command.Options.Add(importer);
        command.Options.Add(exporter);
        command.Options.Add(year);
        command.Options.Add(supplier);
        command.Options.Add(plot);
        command.Options.Add(format);
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            var png = r.GetValue(plot);
            if (png is not null && !png.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
            {
                throw new LodestoneException(ErrorCode.BadArguments, $"--plot writes a PNG: expected FILE.png, got '{png}'", "plot");
            }
            var dataset = await context.OpenDataset(r.GetValue(LodestoneApp.Db), ct);
            var answer = TradeQuestion.Answer(dataset, TradeQuestion.Request(dataset, r.GetValue(commodity), r.GetValue(importer), r.GetValue(exporter),
                r.GetValue(year), r.GetValue(supplier)));
            switch (r.GetValue(format))
            {
                case OutputFormat.Json:
                    JsonOutput.Write(context.Out, answer);
                    break;
                case OutputFormat.Csv:
                    TradeRenderer.Csv(context.Out, answer);
                    break;
                default:
                    TradeRenderer.Table(context.Console, answer);
                    break;
            }
            if (png is not null)
            {
                TradeChart.Write(answer, png);
                await context.Error.WriteLineAsync($"wrote {Path.GetFullPath(png)}");
            }
            return 0;
        });
        return command;
    }
}
