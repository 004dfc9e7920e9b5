using Lodestone.Simulation.Backtest;
using Lodestone.Simulation.Inputs;
using Lodestone.Simulation.Scenarios;

namespace Lodestone.Simulation.Tests.Backtest;

/// <summary>A backtest small enough to work out by hand, written to a temporary folder.</summary>
/// <remarks>
/// One market (gallium refining, all imported: China 0.5, others 0.5, the importer is the whole world), every response off
/// (no spare capacity, stock, substitution, demand reduction or recycling), price index 1 + shortfall fraction (η = 1).
/// A ban on exports to the importer from July 2026 with severity 1 and approval rate a stops e = 1 − a of China's half, so in
/// each month July–December the shortfall fraction is 0.5e and the price index 1 + 0.5e; January–June are undisturbed.
/// Over 2026: price ratio = (6 + 6(1 + 0.5e)) / 12 = 1 + 0.25e; import ratio = (6 + 6(1 − 0.5e)) / 12 = 1 − 0.25e;
/// China's import share = (3 + 3(1 − e)) / (12 − 3e).
/// The record (a constructed salient file): price 100 in 2025 and 125 in 2026 (ratio 1.25, the calibration episode); imports
/// 1,000 and 800 (ratio 0.8, the held-out episode).
/// </remarks>
internal sealed class TinyEpisode : IDisposable
{
    private const string Base = """
        name: tiny-base
        start: 2026-01
        defaults:
          demand_growth: {value: 0, assumption: "hand-worked test: no growth"}
          rest_of_world_growth: {value: 0, assumption: "hand-worked test: no growth"}
          spare_capacity: {value: 0, assumption: "hand-worked test: no spare capacity"}
          spare_lag_months: {value: 0, assumption: "hand-worked test: no lag"}
          non_concern_growth: {value: 0, assumption: "hand-worked test: no growth"}
          stockpile_months: {value: 0, assumption: "hand-worked test: no stock"}
          max_release_per_month: {value: 1, assumption: "hand-worked test: irrelevant without stock"}
          substitution_rate: {value: 0, assumption: "hand-worked test: no substitution"}
          substitution_max: {value: 0, assumption: "hand-worked test: no substitution"}
          substitution_lag_months: {value: 0, assumption: "hand-worked test: no lag"}
          demand_elasticity: {value: 0, assumption: "hand-worked test: no demand response"}
          demand_reduction_max: {value: 0, assumption: "hand-worked test: no demand response"}
          demand_reduction_lag_months: {value: 0, assumption: "hand-worked test: no lag"}
          recycling_share: {value: 0, assumption: "hand-worked test: no recycling"}
          recycling_growth: {value: 0, assumption: "hand-worked test: no recycling"}
          price_elasticity: {value: 1, assumption: "hand-worked test: index = 1 + shortfall fraction"}
          price_cap: {value: 10, assumption: "hand-worked test: never reached"}
          ramp_months: {value: 12, assumption: "hand-worked test: no project"}
          project_delay_months: {value: 0, assumption: "hand-worked test: no project"}
        markets: []
        """;

    public const string Scenario = """
        name: tiny
        extends: base.yaml
        start: 2026-01
        markets:
          - commodity: gallium
            stage: refining
            imports: {shares: {CHN: 0.5}, source: "hand-worked test shares https://example.org/tiny"}
            parameters:
              net_import_reliance: {value: 1, assumption: "hand-worked test: all imported"}
              world_to_importer: {value: 1, assumption: "hand-worked test: the importer is the world"}
              concern_world_share: {value: 0, assumption: "hand-worked test: no world share"}
        events:
          - id: tiny-ban
            country: CHN
            commodities: [gallium]
            stage: refining
            from: 2026-07
            targets: [USA]
            severity: {value: 1, assumption: "hand-worked test: every flow covered"}
            approval_rate: {uniform: [0, 1], assumption: "hand-worked test: calibrated"}
        """;

    public const string Episodes = """
        calibration:
          parameter: approval_rate
          grid: [0, 0.5, 1]
          reason: "hand-worked test"
        episodes:
          - name: calib
            title: a constructed calibration episode
            role: calibration
            scenario: tiny.yaml
            base_year: 2025
            observations:
              - {market: gallium/refining, measure: price_ratio, years: [2026], salient: mcs2025-tiny_salient.csv, columns: [Price_dkg], note: constructed}
          - name: held
            title: a constructed held-out episode
            role: held-out
            scenario: tiny.yaml
            base_year: 2025
            observations:
              - {market: gallium/refining, measure: import_ratio, years: [2026], salient: mcs2025-tiny_salient.csv, columns: [Imports_kg], note: constructed}
        """;

    public TinyEpisode(string episodes = Episodes, string scenario = Scenario)
    {
        Directory = Path.Combine(Path.GetTempPath(), "lodestone-backtest-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "salient"));
        File.WriteAllText(Path.Combine(Directory, "tiny.yaml"), scenario);
        File.WriteAllText(Path.Combine(Directory, "salient", "mcs2025-tiny_salient.csv"),
            "DataSource,Commodity,Year,Price_dkg,Imports_kg\nTEST,Tiny,2025,100,1000\nTEST,Tiny,2026,125,800\n");
        Definition = BacktestFile.ReadText(episodes, "episodes.yaml", Directory);
    }

    public string Directory { get; }

    public BacktestDefinition Definition { get; }

    public SalientTable Salient => new(Path.Combine(Directory, "salient"));

    /// <summary>Resolves the episode's <c>extends: base.yaml</c>.</summary>
    public static ScenarioDefinition Baseline(string name) =>
        name == "base" ? ScenarioReader.ReadText(Base, "base.yaml") : throw new ArgumentException("not shipped: " + name);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
