using System.CommandLine;
using Lodestone.Cli.Infrastructure;
using Lodestone.Cli.Commands.Minerals;
using Lodestone.Domain.Errors;
using Lodestone.Domain.Profiles;

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
            var country = data.Countries.FindByName(text)
                ?? throw new CliException(ErrorCode.NotFound, $"unknown country '{text}' (expected an ISO 3166-1 alpha-3 code such as KAZ)");
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
