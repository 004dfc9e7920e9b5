using Lodestone.Simulation.Backtest;
using Lodestone.Simulation.Distributions;
using Lodestone.Simulation.Scenarios;
using Lodestone.Testing;

namespace Lodestone.Simulation.Tests.Backtest;

public class BacktestRunnerTests
{
    [Fact]
    public void Run_TinyEpisode_CalibratesOnTheCalibrationEpisodeOnly()
    {
        // Given the hand-worked episode (TinyEpisode): price ratio 1 + 0.25(1 − a) against a record of 1.25
        using var tiny = new TinyEpisode();

        // When backtested
        var report = BacktestRunner.Run(tiny.Definition, DefaultData.Dataset, tiny.Salient, TinyEpisode.Baseline, 200, 1);

        // Then each candidate's loss is |1 + 0.25(1 − a) − 1.25| from the calibration episode alone (the held-out record,
        // 0.8, would add |1 − 0.25(1 − a) − 0.8| / 2), and a = 0 wins
        Assert.Equal(["calib"], report.Calibration.Episodes);
        Assert.Equal([0, 0.5, 1], report.Calibration.Grid.Select(g => g.Value));
        Assert.Equal(0, report.Calibration.Grid[0].Loss, 12);
        Assert.Equal(0.125, report.Calibration.Grid[1].Loss, 12);
        Assert.Equal(0.25, report.Calibration.Grid[2].Loss, 12);
        Assert.Equal(0, report.Calibration.Chosen);
    }

    [Fact]
    public void Run_TinyEpisode_HeldOutForecastWorkedByHand()
    {
        using var tiny = new TinyEpisode();

        var report = BacktestRunner.Run(tiny.Definition, DefaultData.Dataset, tiny.Salient, TinyEpisode.Baseline, 200, 1);

        // Then the held-out import ratio at a = 0 is 1 − 0.25 = 0.75 in every run, against a record of 800 / 1,000 = 0.8:
        // outside the (zero-width) band, above every run (percentile 100), error 0.05, both directions down
        var held = Assert.Single(report.Episodes, e => e.Role == EpisodeRole.HeldOut);
        var o = Assert.Single(held.Observations);
        Assert.Equal(0.8, o.Observed, 12);
        Assert.Equal((0.75, 0.75, 0.75), (Math.Round(o.P5, 12), Math.Round(o.P50, 12), Math.Round(o.P95, 12)));
        Assert.Equal(100, o.Percentile);
        Assert.False(o.InsideBand);
        Assert.Equal(0.05, o.AbsoluteError, 12);
        Assert.Equal(("down", "down"), (o.PredictedDirection, o.ObservedDirection));
        Assert.Equal((-0.25, -0.2), (Math.Round(o.PredictedChange!.Value, 12), Math.Round(o.ObservedChange!.Value, 12)));
        // and both first move in 2026, the one year: timing right
        Assert.Equal(new BacktestSummary(1, 0, 0, o.AbsoluteError, 1, 1, 1, 1), report.HeldOut);
        // and the calibration episode's own record is hit exactly (in sample)
        var calib = Assert.Single(report.Episodes, e => e.Role == EpisodeRole.Calibration);
        Assert.Equal(1.25, Assert.Single(calib.Observations).P50, 12);
    }

    [Fact]
    public void Run_TinyEpisode_UncalibratedHeldOutSamplesTheFilesUniformApproval()
    {
        using var tiny = new TinyEpisode();

        var report = BacktestRunner.Run(tiny.Definition, DefaultData.Dataset, tiny.Salient, TinyEpisode.Baseline, 2000, 1);

        // Then with a ~ uniform(0, 1) as the file writes it, the import ratio 1 − 0.25(1 − a) is uniform on [0.75, 1]: median
        // 0.875, so the error of the median is |0.875 − 0.8| = 0.075 (within sampling error of 2,000 runs), and the record sits near
        // the 20th percentile ((0.8 − 0.75) / 0.25), inside the band [0.7625, 0.9875]
        Assert.Equal(1, report.HeldOutUncalibrated.InsideBand);
        Assert.Equal(0.075, report.HeldOutUncalibrated.MeanAbsoluteError!.Value, 0.01);
        // and the record is listed against that forecast: median near 0.875, inside the band
        var o = Assert.Single(report.HeldOutUncalibratedObservations);
        Assert.Equal(0.8, o.Observed, 12);
        Assert.Equal(0.875, o.P50, 0.01);
        Assert.True(o.InsideBand);
    }

    [Fact]
    public void Simulate_TinyEpisodeAtApprovalZero_ChinaImportShareWorkedByHand()
    {
        // Given the tiny episode's model with the approval rate fixed at 0 (e = 1)
        using var tiny = new TinyEpisode();
        var episode = tiny.Definition.Episodes[0];
        var (model, _) = BacktestRunner.Prepare(tiny.Definition, episode, DefaultData.Dataset, tiny.Salient, TinyEpisode.Baseline);
        var calibrated = BacktestRunner.Calibrate(model, tiny.Definition.Calibration, 0);

        // When China's share of imports and the price ratio over 2026 are collected
        var values = BacktestRunner.Simulate(calibrated, [new Probe(0, Measure.ConcernImportShare, 0), new Probe(0, Measure.PriceRatio, 0)], 3, 1,
            CancellationToken.None);

        // Then the share is (3 + 0) / (12 − 3) = 1/3 and the price ratio 1.25 in every run
        Assert.All(values[0], v => Assert.Equal(1.0 / 3, v, 12));
        Assert.All(values[1], v => Assert.Equal(1.25, v, 12));
    }

    [Fact]
    public void Prepare_ObservationOnAMarketTheEpisodeDoesNotDeclare_FailsNamingIt()
    {
        // Given an observation of germanium, a market the episode's scenario does not declare (the baseline would supply it
        // with today's inputs)
        using var tiny = new TinyEpisode(TinyEpisode.Episodes.Replace("market: gallium/refining, measure: import_ratio", "market: germanium/refining, measure: import_ratio",
            StringComparison.Ordinal));
        var held = tiny.Definition.Episodes[1];

        // Then preparing it fails, naming the market
        var error = Assert.Throws<BacktestException>(() => BacktestRunner.Prepare(tiny.Definition, held, DefaultData.Dataset, tiny.Salient, TinyEpisode.Baseline));
        Assert.Contains("germanium/refining", error.Message, StringComparison.Ordinal);
        Assert.Contains("not declared in tiny.yaml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_ScenarioStartNotTheJanuaryAfterTheBaseYear_FailsWithLineAndField()
    {
        using var tiny = new TinyEpisode(TinyEpisode.Episodes.Replace("base_year: 2025", "base_year: 2024", StringComparison.Ordinal));

        var error = Assert.Throws<ScenarioException>(() =>
            BacktestRunner.Prepare(tiny.Definition, tiny.Definition.Episodes[0], DefaultData.Dataset, tiny.Salient, TinyEpisode.Baseline));

        Assert.Equal("start", error.Field);
        Assert.Contains("1 January after the base year", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_MarketWithoutImports_ImportRatioMissingNotZero()
    {
        // Given the tiny episode's model with net import reliance 0: nothing is imported, so no ratio to base-year imports exists
        using var tiny = new TinyEpisode();
        var (model, _) = BacktestRunner.Prepare(tiny.Definition, tiny.Definition.Episodes[1], DefaultData.Dataset, tiny.Salient, TinyEpisode.Baseline);
        var market = model.Markets[0];
        var parameters = model.Parameters.ToList();
        parameters[market.Parameters.NetImportReliance] = parameters[market.Parameters.NetImportReliance] with { Value = new Fixed(0) };
        var noImports = model with { Parameters = parameters };

        // When scored, the observation is refused by name instead of scored against a zero
        var error = Assert.Throws<BacktestException>(() =>
            BacktestRunner.Score(tiny.Definition.Episodes[1], noImports, [new Observed(0.8, 1, "", "")], 10, 1, CancellationToken.None));
        Assert.Contains("gallium/refining import_ratio 2026", error.Message, StringComparison.Ordinal);
        Assert.Contains("import nothing", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    // China also supplies a rest of the world of W = ω − 1 = 2 base-year U.S. demands, w_X = 0.25 of it: 0.5 a month.
    // At a = 0.5 (e = 0.5) July–December: U.S. flow 0.5 → 0.25, shortfall 0.25, price 1.25. Values over 2026:
    // to the U.S. (6·0.5 + 6·0.25·1.25) / (12·0.5) = 0.8125 either way; every partner, U.S. only targeted:
    // (6·(0.5 + 0.5) + 6·(0.25 + 0.5)·1.25) / (12·1) = 0.96875; every destination targeted, the rest of the world's 0.5 falls to 0.25
    // as well: (6·1 + 6·(0.25 + 0.25)·1.25) / 12 = 0.8125.
    [InlineData("[USA]", 0.96875)]
    [InlineData("[all]", 0.8125)]
    public void Simulate_TinyEpisodeAtHalfApproval_ChinaExportValuesWorkedByHand(string targets, double exportRatio)
    {
        var scenario = TinyEpisode.Scenario
            .Replace("world_to_importer: {value: 1,", "world_to_importer: {value: 3,", StringComparison.Ordinal)
            .Replace("concern_world_share: {value: 0,", "concern_world_share: {value: 0.25,", StringComparison.Ordinal)
            .Replace("targets: [USA]", "targets: " + targets, StringComparison.Ordinal);
        using var tiny = new TinyEpisode(scenario: scenario);
        var (model, _) = BacktestRunner.Prepare(tiny.Definition, tiny.Definition.Episodes[0], DefaultData.Dataset, tiny.Salient, TinyEpisode.Baseline);
        var calibrated = BacktestRunner.Calibrate(model, tiny.Definition.Calibration, 0.5);

        var values = BacktestRunner.Simulate(calibrated,
            [new Probe(0, Measure.ConcernToImporterRatio, 0), new Probe(0, Measure.ConcernExportRatio, 0), new Probe(0, Measure.PriceRatio, 0)], 3, 1,
            CancellationToken.None);

        Assert.All(values[0], v => Assert.Equal(0.8125, v, 12));
        Assert.All(values[1], v => Assert.Equal(exportRatio, v, 12));
        Assert.All(values[2], v => Assert.Equal(1.125, v, 12));
    }

    [Fact]
    public void Run_SourcedApprovalRate_RefusedForCalibration()
    {
        // Given an episode whose approval rate cites a source: a record, not an assumption the backtest may tune
        var scenario = TinyEpisode.Scenario.Replace("approval_rate: {uniform: [0, 1], assumption: \"hand-worked test: calibrated\"}",
            "approval_rate: {value: 0.5, source: \"a constructed licence count https://example.org/licences\", exact: \"an exact count of licences granted\"}", StringComparison.Ordinal);
        Assert.NotEqual(TinyEpisode.Scenario, scenario);
        using var tiny = new TinyEpisode(scenario: scenario);

        // Then the run refuses it, naming the episode and the parameter
        var error = Assert.Throws<BacktestException>(() => BacktestRunner.Run(tiny.Definition, DefaultData.Dataset, tiny.Salient, TinyEpisode.Baseline, 100, 1));
        Assert.Contains("episode 'calib'", error.Message, StringComparison.Ordinal);
        Assert.Contains("approval_rate is sourced", error.Message, StringComparison.Ordinal);
        Assert.Contains("only assumptions are calibrated", error.Message, StringComparison.Ordinal);
    }
}
