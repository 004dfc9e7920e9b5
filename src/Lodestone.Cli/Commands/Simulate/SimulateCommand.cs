using System.CommandLine;
using Lodestone.Cli.Infrastructure;
using Lodestone.Domain.Errors;
using Lodestone.Simulation.MonteCarlo;
using Lodestone.Simulation.Scenarios;
using Lodestone.Simulation.Sensitivity;
using Spectre.Console;

namespace Lodestone.Cli.Commands.Simulate;

/// <summary><c>lodestone simulate FILE.yaml</c>: Monte Carlo of a scenario; quantiles per month, predicate probabilities, fan chart.</summary>
internal static class SimulateCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("scenario") { Description = "A scenario YAML file, or the name of a shipped scenario (see `lodestone scenarios`)" };
        var runs = new Option<int>("--runs", "-n") { Description = "Number of Monte Carlo runs", DefaultValueFactory = _ => 1000 };
        var seed = new Option<ulong>("--seed", "-s") { Description = "Seed; the same seed gives identical output on any number of threads", DefaultValueFactory = _ => 1 };
        var horizon = new Option<int?>("--horizon") { Description = "Months to simulate (default: the scenario's, usually 36)" };
        var threads = new Option<int>("--threads") { Description = "Worker threads (default: one per core)", DefaultValueFactory = _ => -1 };
        var plot = new Option<string?>("--plot") { Description = "Write a fan chart (P5–P95 band and median of the supplier-of-concern share per market) to this PNG" };
        var sensitivity = new Option<bool>("--sensitivity") { Description = "Also rank what drives each market's headline figure: one-at-a-time swings of every uncertain parameter between its P10 and P90 (tornado)" };
        var sensitivityMetric = new Option<string>("--sensitivity-metric") { Description = "Headline metric for --sensitivity: effective_concern_share, concern_share, shortfall or price_index", DefaultValueFactory = _ => "effective_concern_share" };
        var sensitivityMonth = new Option<int?>("--sensitivity-month") { Description = "Month (1-based) of the headline figure for --sensitivity (default: the last)" };
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
        var command = new Command("simulate", "Simulate a disruption scenario by Monte Carlo: shortfall, supplier-of-concern share and price per month (P5/P50/P95) and predicate probabilities.");
        command.Arguments.Add(file);
        command.Options.Add(runs);
        command.Options.Add(seed);
        command.Options.Add(horizon);
        command.Options.Add(threads);
        command.Options.Add(format);
        command.Options.Add(plot);
        command.Options.Add(sensitivity);
        command.Options.Add(sensitivityMetric);
        command.Options.Add(sensitivityMonth);
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            var n = r.GetValue(runs);
            SimulationInputs.CheckRuns(n);
            if (r.GetValue(horizon) is { } h && h is < 1 or > 240)
            {
                throw new LodestoneException(ErrorCode.BadArguments, "--horizon must be 1–240 months");
            }
            var scenario = SimulationInputs.Read(r.GetValue(file)!);
            var data = await context.OpenDataset(r.GetValue(LodestoneApp.Db), ct);
            var model = SimulationInputs.Guard(() => ScenarioCompiler.Compile(scenario, data, SimulationInputs.Compile(data, r.GetValue(horizon))));
            var options = new MonteCarloOptions(n, r.GetValue(seed), r.GetValue(threads));
            var outputFormat = r.GetValue(format);
            var result = n >= SimulationInputs.ProgressThreshold && outputFormat == OutputFormat.Table
                ? await WithProgress(context, model.Scenario, n, progress => MonteCarloRunner.Run(model, options with { Progress = progress }, ct))
                : MonteCarloRunner.Run(model, options, ct);
            var report = SimulationReport.From(result);
            if (r.GetValue(sensitivity))
            {
                var headline = SensitivityHeadline.TryResolve(r.GetValue(sensitivityMetric), r.GetValue(sensitivityMonth), model.Horizon, out var metricError, out var monthError)
                    ?? throw new LodestoneException(ErrorCode.BadArguments, metricError is not null ? "--sensitivity-metric " + metricError : "--sensitivity-month " + monthError);
                report = report with { Sensitivity = headline.Analyse(model) };
            }
            if (r.GetValue(plot) is { } png)
            {
                FanChart.Write(report, png);
            }
            Render(context, outputFormat, report, r.GetValue(plot));
            return 0;
        });
        return command;
    }

    /// <summary>The report in the asked format; the table says where the fan chart was written.</summary>
    private static void Render(CliContext context, OutputFormat format, SimulationReport report, string? png)
    {
        switch (format)
        {
            case OutputFormat.Json:
                JsonOutput.Write(context.Out, report);
                break;
            case OutputFormat.Csv:
                SimulationRenderer.WriteCsv(context.Out, report);
                break;
            default:
                SimulationRenderer.WriteTables(context.Console, report);
                if (report.Sensitivity is { } drivers)
                {
                    SensitivityRenderer.Write(context.Console, drivers, "each market's headline figure");
                }
                if (png is { } written)
                {
                    context.Console.MarkupLine($"[grey]Fan chart written to {Markup.Escape(written)}[/]");
                }
                break;
        }
    }

    private static async Task<MonteCarloResult> WithProgress(CliContext context, string scenario, int runs, Func<Action<int>, MonteCarloResult> run)
    {
        MonteCarloResult? result = null;
        await context.Console.Progress().StartAsync(async p =>
        {
            var task = p.AddTask(Markup.Escape(scenario), maxValue: runs);
            result = await Task.Run(() => run(done => task.Value = done));
            task.Value = runs;
        });
        return result!;
    }
}
