using Lodestone.Data;
using Lodestone.Simulation.Backtest;
using Lodestone.Simulation.Scenarios;
using Lodestone.Testing;

namespace Lodestone.Simulation.Tests.Backtest;

public class ShippedEpisodeTests
{
    private static readonly Lazy<BacktestReport> Report = new(() => BacktestRunner.Run(BacktestFile.Read(DataPaths.DefaultDataDirectory),
        DefaultData.Dataset, ScenarioFixture.Salient, name => ScenarioReader.ReadFile(ScenarioPaths.Resolve(name)), 100, 1));

    [Fact]
    public void Read_ShippedEpisodes_TheIssuesThreeWithAntimonyHeldOut()
    {
        // Given data/backtest/episodes.yaml: the August 2023 Ga/Ge, December 2023 graphite and September 2024 antimony controls
        var definition = BacktestFile.Read(DataPaths.DefaultDataDirectory);

        Assert.Equal(["gallium-germanium-2023-08", "graphite-2023-12", "antimony-2024-09"], definition.Episodes.Select(e => e.Name));
        Assert.Equal([EpisodeRole.Calibration, EpisodeRole.Calibration, EpisodeRole.HeldOut], definition.Episodes.Select(e => e.Role));
        Assert.All(definition.Episodes, e => Assert.All(e.Controls, c => Assert.Contains(DefaultData.Dataset.ExportControls, x => x.Id == c)));
    }

    [Fact]
    public void Run_ShippedEpisodes_FiniteForecastsAndRecordsWithSources()
    {
        var report = Report.Value;

        // Every observation has a finite record and forecast, the band in order, and names its figures and source
        var observations = report.Episodes.SelectMany(e => e.Observations).ToList();
        Assert.Equal(32, observations.Count);
        Assert.All(observations, o =>
        {
            Assert.True(double.IsFinite(o.Observed) && double.IsFinite(o.P5) && double.IsFinite(o.P95), o.Market + " " + o.Measure);
            Assert.True(o.P5 <= o.P50 && o.P50 <= o.P95, o.Market + " " + o.Measure);
            Assert.Matches("https?://", o.Source);
            Assert.False(string.IsNullOrWhiteSpace(o.Detail));
            Assert.False(string.IsNullOrWhiteSpace(o.Note));
        });
        Assert.Equal(["gallium-germanium-2023-08", "graphite-2023-12"], report.Calibration.Episodes);
        Assert.Equal(6, report.HeldOut.Observations);
    }

    [Fact]
    public void Run_ShippedEpisodes_RecordsAreTheSalientAndBaciFigures()
    {
        var observations = Report.Value.Episodes.SelectMany(e => e.Observations).ToList();

        // Worked from the files by hand: antimony metal 9.5 / 5.49 $/lb (mcs2025-antim_salient.csv, 2024 / 2023); U.S. natural
        // graphite imports 60,000 / 89,200 t (mcs2025-graph_salient.csv, 2024 / 2022); China's share of U.S. 8112.92 imports in
        // 2024, 63,684,249 / 331,475,516 USD (baci_topn_values_2002_2024.csv rows "2024,gallium,*,US")
        Assert.Equal(9.5 / 5.49, observations.Single(o => o.Market == "antimony/refining" && o.Measure == "price_ratio").Observed, 12);
        Assert.Equal(60_000.0 / 89_200, observations.Single(o => o.Market == "graphite/mining" && o.Measure == "import_ratio" && o.Year == 2024).Observed, 12);
        Assert.Equal(63_684_249.0 / 331_475_516, observations.Single(o => o.Measure == "concern_import_share" && o.Market == "gallium/refining" && o.Year == 2024).Observed, 12);
        // and China's tonnage share of U.S. 8110.10 imports in 2024, 475.991 / 4,696.485 t (baci_hs17_v202601_2024_critical.csv rows
        // hs6 811010, importer USA, summed with Python's csv module; the one flow without tonnage is left out), with no direction
        // (no base-year tonnes)
        var tonnes = observations.Single(o => o.Measure == "concern_import_tonnage_share" && o.Market == "antimony/refining");
        Assert.Equal(475.991 / 4_696.485, tonnes.Observed, 9);
        Assert.Null(tonnes.Reference);
        Assert.Null(tonnes.ObservedDirection);
    }

    [Fact]
    public void Run_ShippedEpisodes_ChinaExportAndUsImportValueRatiosAreTheBaciFigures()
    {
        var observations = Report.Value.Episodes.SelectMany(e => e.Observations).ToList();
        double Record(string market, string measure, int year) => observations.Single(o => o.Market == market && o.Measure == measure && o.Year == year).Observed;

        // Worked from data/trade/baci_topn_values_2002_2024.csv with Python's csv module (int(value_usd) summed over the rows of the
        // material label; exporter_iso2 CN, every importer_iso2, or importer_iso2 US):
        // China's exports of 8112.92 (label gallium) 2023 / 2022: 330,606,101 / 215,179,282 USD
        Assert.Equal(330_606_101.0 / 215_179_282, Record("gallium/refining", "concern_export_ratio", 2023), 12);
        // U.S. imports of 2504.90 (graphite) from China 2023 / 2022: 1,316,220 / 6,087,649 USD
        Assert.Equal(1_316_220.0 / 6_087_649, Record("graphite/mining", "concern_to_importer_ratio", 2023), 12);
        // China's exports of 8110.10 (antimony) 2024 / 2023: 88,431,810 / 83,892,020 USD; U.S. imports from China 9,854,904 / 9,115,172 USD
        Assert.Equal(88_431_810.0 / 83_892_020, Record("antimony/refining", "concern_export_ratio", 2024), 12);
        Assert.Equal(9_854_904.0 / 9_115_172, Record("antimony/refining", "concern_to_importer_ratio", 2024), 12);
    }

    [Fact]
    public void Prepare_ShippedEpisodes_DeclaredChinaShareIsTheBaciBaseYearShare()
    {
        // The China import share each episode declares is typed in its scenario file; it must be the BACI base-year share the
        // record is compared against (to four decimals, as typed), or the share comparison starts from a different point.
        var definition = BacktestFile.Read(DataPaths.DefaultDataDirectory);
        foreach (var episode in definition.Episodes)
        {
            var (model, observed) = BacktestRunner.Prepare(definition, episode, DefaultData.Dataset, ScenarioFixture.Salient,
                name => ScenarioReader.ReadFile(ScenarioPaths.Resolve(name)));
            foreach (var (o, record) in episode.Observations.Zip(observed).Where(p => p.First.Measure == Measure.ConcernImportShare))
            {
                var market = model.Markets.Single(m => m.Key == o.Market);
                var declared = market.ImportShares[market.Origins.ToList().IndexOf("CHN")];
                Assert.Equal(Math.Round(record.Reference!.Value, 4), declared, 9);
            }
        }
    }
}
