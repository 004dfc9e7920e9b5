using Lodestone.Domain.Errors;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Simulation.Backtest;
using Lodestone.Simulation.Inputs;
using Lodestone.Simulation.Scenarios;

namespace Lodestone.Queries.Backtest;

/// <summary>The model replayed from before China's export controls of 2023–2024 and scored against what was recorded
/// (<c>data/backtest/episodes.yaml</c>; <see cref="BacktestRunner"/>).</summary>
/// <remarks>The CLI (<c>backtest</c>) and the API (<c>/api/backtest</c>) ask this one question with the same defaults and limits.</remarks>
public static class BacktestQuestion
{
    /// <summary>Runs per episode and calibration candidate when none are given.</summary>
    public const int DefaultRuns = 1000;

    /// <summary>Fewest runs accepted: the P5 and P95 of fewer runs rest on a handful of runs each.</summary>
    public const int MinRuns = 100;

    /// <summary>Most runs accepted: the calibration runs every candidate on every calibration episode, and the web app computes on request.</summary>
    public const int MaxRuns = 20_000;

    public const ulong DefaultSeed = 1;

    /// <summary>The metrics as every front end states them.</summary>
    public const string Metrics =
        "per observation: the forecast's P5, P50 and P95 over runs (type-7 quantiles); inside_band = P5 <= recorded <= P95; percentile = "
        + "100 x (runs below + half the runs equal) / runs; absolute_error = |P50 - recorded|; predicted_change = P50 - base-year value, observed_change = "
        + "recorded - base-year value; directions up/down/flat against the base year (flat within 2 % of it); timing per series = the first year "
        + "the median and the record leave flat (same_year, model_earlier, model_later, model_never, record_never, neither). Summaries: "
        + "coverage = share inside the band, mean absolute error of the median, direction matches, timing matches (same year or neither moves).";

    /// <summary>Checks the raw values: the episode must exist; runs within <see cref="MinRuns"/>–<see cref="MaxRuns"/>.</summary>
    public static BacktestRequest Request(ScenarioLibrary library, string? episode, int? runs, ulong? seed)
    {
        var n = QueryInput.Between(runs, DefaultRuns, MinRuns, MaxRuns, "runs");
        string? name = null;
        if (!string.IsNullOrWhiteSpace(episode))
        {
            name = episode.Trim();
            var episodes = Definition(library).Episodes;
            if (episodes.All(e => e.Name != name))
            {
                throw new LodestoneException(ErrorCode.NotFound,
                    $"no backtest episode '{name}' (episodes: {string.Join(", ", episodes.Select(e => e.Name))})", "episode");
            }
        }
        return new BacktestRequest(name, n, seed ?? DefaultSeed);
    }

    /// <exception cref="LodestoneException"><see cref="ErrorCode.InvalidData"/> when the episodes, their scenarios or the data they read are invalid.</exception>
    public static BacktestJson Answer(Dataset data, BacktestRequest request, ScenarioLibrary library, CancellationToken cancellationToken = default)
    {
        var definition = Definition(library);
        try
        {
            var report = BacktestRunner.Run(definition, data, new SalientTable(Path.Combine(library.DataDirectory, "usgs", "salient")),
                library.ReadShipped, request.Runs, request.Seed, request.Episode, cancellationToken);
            return new BacktestJson(request.Episode, report.Runs, report.Seed, Metrics, report.Calibration, report.Episodes, report.InSample, report.HeldOut, report.HeldOutUncalibrated,
                report.HeldOutUncalibratedObservations);
        }
        catch (ScenarioException e)
        {
            throw new LodestoneException(ErrorCode.InvalidData, "a backtest episode scenario is invalid: " + e.Message, inner: e);
        }
        catch (BacktestException e)
        {
            throw new LodestoneException(ErrorCode.InvalidData, e.Message, inner: e);
        }
        catch (ArgumentException e)
        {
            // ReadShipped: an episode extends a scenario that is not shipped.
            throw new LodestoneException(ErrorCode.InvalidData, "a backtest episode extends an unknown scenario: " + e.Message, inner: e);
        }
    }

    private static BacktestDefinition Definition(ScenarioLibrary library)
    {
        try
        {
            return BacktestFile.Read(library.DataDirectory);
        }
        catch (ScenarioException e)
        {
            throw new LodestoneException(ErrorCode.InvalidData, "the backtest episodes are invalid: " + e.Message, inner: e);
        }
    }
}
