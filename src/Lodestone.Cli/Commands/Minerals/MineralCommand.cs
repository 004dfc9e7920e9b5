using Lodestone.Domain.Errors;
using System.CommandLine;
using Lodestone.Cli.Infrastructure;
using Lodestone.Domain.Profiles;
using Lodestone.Queries;

namespace Lodestone.Cli.Commands.Minerals;

/// <summary><c>lodestone mineral NAME</c>: one commodity in depth.</summary>
internal static class MineralCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "Commodity name, alias or element symbol (e.g. \"rare earths\", Ga, \"natural graphite\")" };
        var importer = CommonOptions.Importer();
        var supplier = CommonOptions.Supplier();
        var top = new Option<int>("--top") { Description = "Countries shown per stage in the table", DefaultValueFactory = _ => 8 };
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("mineral", "Stage-by-stage country shares, reserves, trade, export controls, agreements, projects and sources of one commodity.")
        {
            name, importer, supplier, top, format,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(top) < 1)
            {
                throw new LodestoneException(Domain.Errors.ErrorCode.BadArguments, "--top: expected a positive number");
            }
            var data = await context.OpenDataset(parse.GetValue(LodestoneApp.Db), cancellationToken);
            var commodity = QueryInput.Commodity(data, parse.GetValue(name), null);
            var profile = ProfileBuilder.Mineral(data, commodity,
                QueryInput.Country(data, parse.GetValue(importer), "importer").Iso3,
                QueryInput.Country(data, parse.GetValue(supplier), "supplier").Iso3,
                context.Today);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.Write(context.Out, profile);
            }
            else
            {
                ProfileRenderer.Mineral(context.Console, profile, parse.GetValue(top));
            }
            return 0;
        });
        return command;
    }
}
