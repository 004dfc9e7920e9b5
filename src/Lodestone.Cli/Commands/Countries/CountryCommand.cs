using System.CommandLine;
using Lodestone.Cli.Commands.Minerals;
using Lodestone.Cli.Infrastructure;
using Lodestone.Queries;
using Lodestone.Queries.Countries;

namespace Lodestone.Cli.Commands.Countries;

/// <summary><c>lodestone country X</c>: what a country produces and holds, its controls and agreements. Answered by
/// <see cref="CountryQuestion"/> (the document of <c>GET /api/countries/{iso3}</c>), rendered here.</summary>
internal static class CountryCommand
{
    public static Command Create(CliContext context)
    {
        var code = new Argument<string>("country") { Description = "The country: " + QueryInput.CountryForms };
        var asOf = CommonOptions.AsOf();
        var year = CommonOptions.Year();
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("country", "What a country mines, refines and holds, with its export controls, agreements and projects.") { code, asOf, year, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var data = await context.OpenDataset(parse.GetValue(LodestoneApp.Db), cancellationToken);
            var profile = CountryQuestion.Answer(data, CountryQuestion.Request(data, parse.GetValue(code), parse.GetValue(asOf), context.Today, parse.GetValue(year)));
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.Write(context.Out, profile);
            }
            else
            {
                ProfileRenderer.Country(context.Console, profile);
            }
            return 0;
        });
        return command;
    }
}
