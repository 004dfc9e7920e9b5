using System.CommandLine;
using Lodestone.Cli.Infrastructure;
using Lodestone.Data.Exchange;

namespace Lodestone.Cli.Commands.Data;

/// <summary><c>lodestone data validate PATH</c>: every check of <c>data import</c>, writing nothing.</summary>
internal static class DataValidateCommand
{
    public static Command Create(CliContext context)
    {
        var path = new Argument<string>("PATH")
        {
            Description = "A CSV file or a folder of them, of the shapes in data/",
        };
        var replace = new Option<bool>("--replace")
        {
            Description = "Check as for 'data import --replace' (keys are not compared with the store's current content)",
        };
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("validate", "Check CSV files as 'data import' would (reference catalogues, values, keys already in the store); writes nothing");
        command.Arguments.Add(path);
        command.Options.Add(replace);
        command.Options.Add(format);
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            var input = r.GetValue(path)!;
            var replacing = r.GetValue(replace);
            var store = await context.OpenStore(r.GetValue(LodestoneApp.Db), !replacing, ct);
            return await DataReport.RunAsync(context, r.GetValue(format), "valid", input, store.Backend,
                () => FactImporter.CheckAsync(store, store.Reference, input, replacing, ct));
        });
        return command;
    }
}
