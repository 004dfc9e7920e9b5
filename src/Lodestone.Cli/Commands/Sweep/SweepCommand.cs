using System.CommandLine;
using System.Diagnostics;
using Lodestone.Cli.Commands.Simulate;
using Lodestone.Cli.Infrastructure;
using Lodestone.Domain.Errors;
using Lodestone.Simulation.Scenarios;
using Lodestone.Simulation.Sweeps;

namespace Lodestone.Cli.Commands.Sweep;

/// <summary><c>lodestone sweep FILE.yaml</c>: every scenario × commodity × runs × seed of a sweep file, in-process or on a cluster.</summary>
internal static class SweepCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("sweep") { Description = "A sweep YAML file: scenarios, commodities, runs, seeds (docs/simulation.md, \"Sweeps\")" };
        var threads = new Option<int>("--threads") { Description = "Worker threads when running in-process (default: one per core); the result does not depend on it", DefaultValueFactory = _ => -1 };
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("sweep", "Run a sweep of Monte Carlo simulations (scenarios × commodities × runs × seeds); each figure equals `simulate` with the same seed.");
        command.Arguments.Add(file);
        command.Options.Add(threads);
        command.Options.Add(format);
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            var sweep = SimulationInputs.Guard(() => SweepReader.ReadFile(r.GetValue(file)!));
            var data = await context.OpenDataset(r.GetValue(LodestoneApp.Db), ct);
            var models = new SweepModels(SimulationInputs.Library, data);
            var clock = Stopwatch.StartNew();
            var report = await Run(() => SweepRunner.RunAsync(sweep, models, new InProcessExecutor(r.GetValue(threads)), cancellationToken: ct));
            clock.Stop();
            if (r.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.Write(context.Out, report);
            }
            else
            {
                SweepRenderer.Write(context.Console, report, $"in-process, {clock.Elapsed.TotalSeconds:0.0} s");
            }
            return 0;
        });
        return command;
    }

    /// <summary>Scenario errors (file, line, field) become a one-line CLI error, as in <c>simulate</c>.</summary>
    private static async Task<SweepReport> Run(Func<Task<SweepReport>> run)
    {
        try
        {
            return await run();
        }
        catch (ScenarioException e)
        {
            throw new LodestoneException(ErrorCode.InvalidData, e.Message);
        }
    }
}
