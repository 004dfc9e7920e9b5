using System.CommandLine;
using Lodestone.Cli.Infrastructure;
using Lodestone.Domain.Errors;
using Lodestone.Queries.Minerals;

namespace Lodestone.Cli.Commands.Minerals;

/// <summary><c>lodestone mineral NAME</c>: one commodity in depth. Answered by <see cref="MineralQuestion"/> (the document of <c>GET /api/minerals/{name}</c>), rendered here.</summary>
internal static class MineralCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "Commodity name, alias or element symbol (e.g. \"rare earths\", Ga, \"natural graphite\")" };
        var asOf = CommonOptions.AsOf();
        var year = CommonOptions.Year();
        var top = new Option<int>("--top") { Description = "Countries shown per stage in the table", DefaultValueFactory = _ => 8 };
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("mineral", "Stage-by-stage country shares, reserves, trade, export controls, agreements, projects and sources of one commodity.")
        {
            name, asOf, year, top, format,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(top) < 1)
            {
                throw new LodestoneException(ErrorCode.BadArguments, "expected a positive number", "top");
            }
            var data = await context.OpenDataset(parse.GetValue(LodestoneApp.Db), cancellationToken);
            var profile = MineralQuestion.Answer(data, MineralQuestion.Request(data, parse.GetValue(name), parse.GetValue(asOf), context.Today, parse.GetValue(year)));
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
