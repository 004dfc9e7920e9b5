using System.Globalization;
using System.Numerics;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;
using Lodestone.Simulation.Distributions;
using Lodestone.Simulation.Engine;
using Lodestone.Simulation.Inputs;
using Lodestone.Simulation.MonteCarlo;
using Lodestone.Simulation.Scenarios;
using Lodestone.Yaml;
using YamlDotNet.Core;

namespace Lodestone.Simulation.Backtest;

/// <summary>Replays past export controls with the model and scores the forecasts against the record (docs/simulation.md, "Backtest").</summary>
/// <remarks>
/// Per episode: the episode's scenario (markets with the base year's inputs, the event) extends the shipped baseline for every
/// default, keeps only the markets it declares, starts on 1 January after the base year and runs to the December of the last
/// observed year. The calibrated event parameter is set to each grid value in turn on the calibration episodes only; the value
/// with the lowest mean |P50 − recorded| is then used for every episode. Runs draw from the same seed for every candidate
/// (common random numbers), so candidates differ only by the parameter. Single-threaded: the markets are few and the answer is
/// the same on any machine.
/// </remarks>
public static class BacktestRunner
{
    private const int BlockSize = 256;

    /// <summary>Runs the calibration, then every episode (or the one named).</summary>
    /// <param name="baseline">Resolves an episode's <c>extends:</c> (the shipped scenario it names, without .yaml).</param>
    /// <exception cref="ScenarioException">An episode scenario is invalid.</exception>
    /// <exception cref="BacktestException">An episode does not fit its scenario, or names data the shipped files lack.</exception>
    public static BacktestReport Run(BacktestDefinition definition, Dataset data, SalientTable salient, Func<string, ScenarioDefinition> baseline,
        int runs, ulong seed, string? episode = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        var models = definition.Episodes.ToDictionary(e => e.Name, e => Prepare(definition, e, data, salient, baseline));
        foreach (var e in definition.Episodes)
        {
            RequireAssumption(e, models[e.Name].Model, definition.Calibration);
        }
        var calibrationEpisodes = definition.Episodes.Where(e => e.Role == EpisodeRole.Calibration).ToList();
        var grid = new List<CalibrationPoint>();
        foreach (var value in definition.Calibration.Grid)
        {
            var errors = calibrationEpisodes.SelectMany(e =>
                Score(e, Calibrate(models[e.Name].Model, definition.Calibration, value), models[e.Name].Observed, runs, seed, cancellationToken))
                .Select(r => r.AbsoluteError).ToList();
            grid.Add(new CalibrationPoint(value, errors.Average()));
        }
        var chosen = grid.MinBy(g => g.Loss)!.Value;
        var calibration = new CalibrationResult(definition.Calibration.Parameter, definition.Calibration.Reason,
            calibrationEpisodes.Select(e => e.Name).ToList(),
            "mean |P50 - recorded| over every observation of the calibration episodes (ratios and shares, unitless)", grid, chosen);
        var reported = definition.Episodes.Where(e => episode is null || e.Name == episode).ToList();
        var results = reported.Select(e =>
        {
            var (model, observed) = models[e.Name];
            var calibrated = Calibrate(model, definition.Calibration, chosen);
            var scored = Score(e, calibrated, observed, runs, seed, cancellationToken);
            var timings = BacktestMetrics.Timing(scored);
            return new EpisodeResult(e.Name, e.Title, e.Role, e.Controls, e.BaseYear,
                model.StartMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture), model.Horizon, e.Scenario, chosen, scored, timings,
                BacktestMetrics.Summarise(scored, timings), Assumptions(calibrated));
        }).ToList();
        // The held-out episodes once more with the parameter as their files write it: what the calibration changed out of sample.
        var asWritten = reported.Where(e => e.Role == EpisodeRole.HeldOut)
            .Select(e => Score(e, models[e.Name].Model, models[e.Name].Observed, runs, seed, cancellationToken)).ToList();
        return new BacktestReport(runs, seed, calibration, results, Summarise(results, EpisodeRole.Calibration), Summarise(results, EpisodeRole.HeldOut),
            BacktestMetrics.Summarise(asWritten.SelectMany(s => s).ToList(), asWritten.SelectMany(BacktestMetrics.Timing).ToList()),
            asWritten.SelectMany(s => s).ToList());
    }

    private static BacktestSummary Summarise(IReadOnlyList<EpisodeResult> results, EpisodeRole role) => BacktestMetrics.Summarise(
        results.Where(r => r.Role == role).SelectMany(r => r.Observations).ToList(), results.Where(r => r.Role == role).SelectMany(r => r.Timings).ToList());

    /// <summary>The episode's compiled model and its recorded outcomes.</summary>
    internal static (SimulationModel Model, IReadOnlyList<Observed> Observed) Prepare(BacktestDefinition definition, EpisodeSpec episode, Dataset data,
        SalientTable salient, Func<string, ScenarioDefinition> baseline)
    {
        var path = Path.Combine(definition.Directory, episode.Scenario);
        if (!File.Exists(path))
        {
            throw new BacktestException($"{BacktestFile.Folder}/{BacktestFile.FileName}:{episode.Line}: episode '{episode.Name}': scenario {episode.Scenario} not found");
        }
        string text;
        try
        {
            text = YamlLimits.ReadFile(path);
        }
        catch (YamlException e)
        {
            throw new ScenarioException(episode.Scenario, 0, null, e.Message);
        }
        var start = new PartialDate(episode.BaseYear + 1, 1);
        // Read once against an empty parent to learn which markets the episode declares: a market it does not declare would
        // otherwise arrive from the baseline with today's inputs.
        var empty = new ScenarioDefinition("", "", "", start, 12, new Iso3("USA"), new Iso3("CHN"), "linear",
            new Dictionary<string, ParameterSpec>(), [], [], [], []);
        var declared = ScenarioReader.ReadText(text, episode.Scenario, _ => empty).Markets.Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        var full = ScenarioReader.ReadText(text, episode.Scenario, name => baseline(name.EndsWith(".yaml", StringComparison.Ordinal) ? name[..^5] : name));
        if (full.Start != start)
        {
            throw new ScenarioException(episode.Scenario, 1, "start", $"an episode with base year {episode.BaseYear} starts on {start} (1 January after the base year), not {full.Start}");
        }
        foreach (var o in episode.Observations.Where(o => !declared.Contains(o.Market)))
        {
            throw new BacktestException(o, $"the market is not declared in {episode.Scenario} (declared: {string.Join(", ", declared)})");
        }
        var scenario = full with
        {
            Horizon = 12 * (episode.LastYear - episode.BaseYear),
            Markets = full.Markets.Where(m => declared.Contains(m.Key)).ToList(),
            Predicates = [],
        };
        var model = ScenarioCompiler.Compile(scenario, data, new CompileOptions(salient));
        var reader = new ObservedReader(salient, data, model.Importer, model.Concern);
        return (model, episode.Observations.Select(o => reader.Read(o, episode.BaseYear)).ToList());
    }

    /// <summary>Only a parameter the episode declares as an assumption may be calibrated: a sourced value is the record, not a knob.</summary>
    /// <exception cref="BacktestException">An event's calibrated parameter is sourced, or the episode has no event to calibrate.</exception>
    internal static void RequireAssumption(EpisodeSpec episode, SimulationModel model, CalibrationSpec calibration)
    {
        var events = model.Markets.SelectMany(m => m.Events).ToList();
        if (events.Count == 0)
        {
            throw new BacktestException($"{BacktestFile.Folder}/{BacktestFile.FileName}:{episode.Line}: episode '{episode.Name}': {episode.Scenario} has no event whose {calibration.Parameter} could be calibrated");
        }
        foreach (var e in events)
        {
            var parameter = model.Parameters[calibration.Parameter == "severity" ? e.Severity : e.ApprovalRate];
            if (!parameter.IsAssumption)
            {
                throw new BacktestException($"{BacktestFile.Folder}/{BacktestFile.FileName}:{episode.Line}: episode '{episode.Name}': {parameter.Name} "
                    + $"is sourced ({parameter.Basis}), not an assumption: only assumptions are calibrated");
            }
        }
    }

    /// <summary>The model with every event's calibrated parameter fixed at <paramref name="value"/>.</summary>
    internal static SimulationModel Calibrate(SimulationModel model, CalibrationSpec calibration, double value)
    {
        var indices = model.Markets.SelectMany(m => m.Events)
            .Select(e => calibration.Parameter == "severity" ? e.Severity : e.ApprovalRate).ToHashSet();
        var parameters = model.Parameters.Select((p, i) => indices.Contains(i)
            ? new Parameter(p.Name, new Fixed(value), "calibrated by the backtest on its calibration episodes: " + calibration.Reason, true,
                ExactBasis: "set by the calibration, not sampled")
            : p).ToList();
        return model with { Parameters = parameters };
    }

    /// <summary>Runs <paramref name="model"/> and scores each observation of <paramref name="episode"/>.</summary>
    internal static IReadOnlyList<ObservationResult> Score(EpisodeSpec episode, SimulationModel model, IReadOnlyList<Observed> observed, int runs, ulong seed,
        CancellationToken cancellationToken)
    {
        var probes = episode.Observations.Select(o => new Probe(MarketIndex(model, o), o.Measure, model.MonthIndex(new DateOnly(o.Year, 1, 1)) - 1)).ToList();
        var forecasts = Simulate(model, probes, runs, seed, cancellationToken);
        return episode.Observations.Select((o, i) =>
        {
            if (forecasts[i].Any(double.IsNaN))
            {
                throw new BacktestException(o, "some runs import nothing (net import reliance 0, or every import stopped): the measure is undefined for them");
            }
            var score = BacktestMetrics.Score(forecasts[i], observed[i].Value);
            return new ObservationResult(o.Market, o.Measure.Name(), o.Year, observed[i].Value, observed[i].Reference,
                score.P5, score.P50, score.P95, score.Percentile, score.InsideBand, score.AbsoluteError,
                observed[i].Reference is { } reference ? BacktestMetrics.Direction(score.P50, reference) : null,
                observed[i].Reference is { } before ? BacktestMetrics.Direction(observed[i].Value, before) : null,
                observed[i].Reference is { } r1 ? score.P50 - r1 : null,
                observed[i].Reference is { } r2 ? observed[i].Value - r2 : null,
                observed[i].Detail, observed[i].Source, o.Note);
        }).ToList();
    }

    /// <summary>[probe][run]: the annual figure of each probe in each run.</summary>
    internal static double[][] Simulate(SimulationModel model, IReadOnlyList<Probe> probes, int runs, ulong seed, CancellationToken cancellationToken)
    {
        var width = Vector<double>.Count;
        var lanes = (BlockSize + width - 1) / width * width;
        var parameters = model.Parameters.Select(_ => new double[lanes]).ToArray();
        var maxOrigins = Math.Max(1, model.Markets.Select(m => m.Origins.Count).DefaultIfEmpty(1).Max());
        var buffers = new BlockBuffers(lanes, maxOrigins, model.Horizon);
        var observer = new AnnualObserver(model, probes, parameters, runs, lanes);
        for (var first = 0; first < runs; first += lanes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(lanes, runs - first);
            ParameterSampler.Fill(model.Parameters, seed, first, count, parameters);
            observer.FirstRun = first;
            SimulationEngine.RunBlock(model, parameters, count, buffers, observer);
        }
        return observer.Values;
    }

    private static int MarketIndex(SimulationModel model, ObservationSpec o)
    {
        for (var m = 0; m < model.Markets.Count; m++)
        {
            if (model.Markets[m].Key == o.Market)
            {
                return m;
            }
        }
        throw new BacktestException(o, "the market is not in the compiled model");
    }

    private static List<string> Assumptions(SimulationModel model) =>
        model.Parameters.Where(p => p.IsAssumption).Select(p => p.Name + ": " + p.Basis).ToList();
}
