using System.CommandLine;
using Lodestone.Cli.Infrastructure;
using Lodestone.Cli.Commands.Minerals;
using Lodestone.Domain.Profiles;
using Lodestone.Queries;

namespace Lodestone.Cli.Commands.Countries;

/// <summary><c>lodestone country ISO3</c>: what a country produces and holds, its controls and agreements.</summary>
internal static class CountryCommand
{
    public static Command Create(CliContext context)
    {
        var code = new Argument<string>("iso3") { Description = "ISO 3166-1 alpha-3 code or name (e.g. KAZ, Kazakhstan)" };
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("country", "What a country mines, refines and holds, with its export controls, agreements and projects.") { code, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var data = await context.OpenDataset(parse.GetValue(LodestoneApp.Db), cancellationToken);
            var text = parse.GetValue(code)!;
            var country = QueryInput.Country(data, text, null);
            var profile = ProfileBuilder.Country(data, country, context.Today);
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
