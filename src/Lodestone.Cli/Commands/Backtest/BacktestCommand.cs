using System.CommandLine;
using Lodestone.Cli.Commands.Simulate;
using Lodestone.Cli.Infrastructure;
using Lodestone.Queries.Backtest;

namespace Lodestone.Cli.Commands.Backtest;

/// <summary><c>lodestone backtest [--episode NAME] [--runs N] [--seed S]</c>: the model replayed from before past export controls, against the record.</summary>
internal static class BacktestCommand
{
    public static Command Create(CliContext context)
    {
        var episode = new Option<string?>("--episode") { Description = "Report only this episode of data/backtest/episodes.yaml (the calibration still uses every calibration episode)" };
        var runs = new Option<int?>("--runs", "-n")
        {
            Description = $"Monte Carlo runs per episode and calibration candidate, {BacktestQuestion.MinRuns}–{BacktestQuestion.MaxRuns} (default {BacktestQuestion.DefaultRuns}, as the API)",
        };
        var seed = new Option<ulong?>("--seed", "-s") { Description = $"Seed; the same seed gives identical output (default {BacktestQuestion.DefaultSeed})" };
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("backtest",
            "Replay China's export controls of 2023-2024 from the inputs known before each, and compare the forecasts with the recorded prices, imports and shares (calibration and held-out episodes).");
        command.Options.Add(episode);
        command.Options.Add(runs);
        command.Options.Add(seed);
        command.Options.Add(format);
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            var library = SimulationInputs.Library;
            var request = BacktestQuestion.Request(library, r.GetValue(episode), r.GetValue(runs), r.GetValue(seed));
            var data = await context.OpenDataset(r.GetValue(LodestoneApp.Db), ct);
            var answer = BacktestQuestion.Answer(data, request, library, ct);
            if (r.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.Write(context.Out, answer);
            }
            else
            {
                BacktestRenderer.Table(context.Console, answer);
            }
            return 0;
        });
        return command;
    }
}
