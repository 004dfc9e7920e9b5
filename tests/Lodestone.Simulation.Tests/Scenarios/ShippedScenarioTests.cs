using Lodestone.Data;
using Lodestone.Domain.Model;
using Lodestone.Simulation.Attribution;
using Lodestone.Simulation.Engine;
using Lodestone.Simulation.Inputs;
using Lodestone.Simulation.MonteCarlo;
using Lodestone.Simulation.Scenarios;
using Lodestone.Testing;

namespace Lodestone.Simulation.Tests.Scenarios;

public class ShippedScenarioTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in ScenarioPaths.Shipped())
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    [Fact]
    public void Shipped_AllSevenScenarios_ArePresent()
    {
        // Given the scenarios the issue lists (baseline, Apr-2025, Oct-2025, Dec-2024 ban, C5, Oct-2025 frameworks) plus the claim's union
        var names = ScenarioPaths.Shipped().Select(Path.GetFileNameWithoutExtension).ToList();

        // Then each ships
        Assert.Equal(
            ["announced-partnerships", "baseline", "c5-partnership", "china-2024-12-us-ban-ga-ge-sb", "china-2025-04-ree-licensing", "china-2025-10-ree-expansion", "us-frameworks-2025-10"],
            names);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Compile_ShippedScenario_CompilesAgainstDefaultDataWithEveryParameterJustified(string file)
    {
        // Given a shipped scenario and the embedded default dataset
        var scenario = ScenarioReader.ReadFile(ScenarioPaths.Resolve(file));

        // When it compiles
        var model = ScenarioCompiler.Compile(scenario, DefaultData.Dataset, new CompileOptions(new SalientTable(Path.Combine(DataPaths.DefaultDataDirectory, "usgs", "salient"))));

        // Then every parameter carries a non-empty basis (source or assumption) and every market has import origins
        Assert.NotEmpty(model.Markets);
        Assert.All(model.Parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Basis), p.Name));
        Assert.All(model.Markets, m => Assert.True(m.Origins.Count > 1, m.Key));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Compile_ShippedScenario_EveryParameterSampledOrExact(string file)
    {
        // Given a shipped scenario compiled against the default dataset
        var model = ScenarioFixture.Compile(file);

        // Then no parameter is a point estimate: each is drawn per run, or fixed with the reason it is exact
        var points = model.Parameters.Where(p => p.Uncertainty == ParameterUncertainty.PointEstimate).Select(p => $"{p.Name} = {p.Value.Describe()} ({p.Basis})");
        Assert.Empty(points);
        Assert.All(model.Parameters.Where(p => p.Uncertainty == ParameterUncertainty.Exact), p => Assert.False(string.IsNullOrWhiteSpace(p.ExactBasis), p.Name));
    }

    /// <summary>The rule rows of the "Zero-width bands" table: a market the row names by condition, checked on the compiled model.</summary>
    private static readonly Dictionary<string, Func<MarketModel, bool>> ZeroWidthRules = new(StringComparer.Ordinal)
    {
        // Without an event in force in some month, nothing restricts the market's origins.
        ["every market no event restricts"] = m => m.Events.All(e => !e.Active.Any(a => a)),
        // The direct share counts the concern's own origins only (c_k = 1 for the concern, 0 for every other origin).
        ["every market without a direct origin in the concern"] = m => m.ConcernDirect.All(c => c == 0),
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Run_ShippedScenario_EveryMarketHasABandOrTheDocsSayWhy(string file)
    {
        // Given a shipped scenario as the CLI runs it (traced attribution) and the rows docs/simulation.md lists under
        // "Zero-width bands" with the reason: a market by key, or by a condition the test checks on the model
        var scenario = ScenarioReader.ReadFile(ScenarioPaths.Resolve(file));
        var model = ScenarioCompiler.Compile(scenario, DefaultData.Dataset, new CompileOptions(ScenarioFixture.Salient, new TracedOriginAttribution(DefaultData.Dataset)));
        var rows = ZeroWidthBandsInDocs()
            .Where(row => row.Scenario == "every scenario" || row.Scenario == Path.GetFileNameWithoutExtension(file))
            .ToList();

        // When it runs
        var result = MonteCarloRunner.Run(model, new MonteCarloOptions(1000, 1));

        // Then every market's P5–P95 band of every metric is wider than zero in some month, unless a row of the docs says why
        var flat = (
            from m in model.Markets
            from metric in Metrics.All.Select(x => x.Name())
            where result.Months.Where(q => q.Commodity == m.Commodity && q.Stage == m.Stage.Name() && q.Metric == metric).All(q => q.P95 - q.P5 <= 0)
            where !rows.Any(row => row.Metrics.Contains(metric)
                && (row.Market == m.Key || (ZeroWidthRules.TryGetValue(row.Market, out var holds) && holds(m))))
            select m.Key + " " + metric).ToList();
        Assert.Empty(flat);
        Assert.All(rows.Where(row => !row.Market.Contains('/', StringComparison.Ordinal)), row => Assert.Contains(row.Market, ZeroWidthRules.Keys));
    }

    /// <summary>The rows of the "Zero-width bands" table in docs/simulation.md: scenario (a file stem or "every scenario"), market
    /// (a key such as "gallium/refining" or a rule of <see cref="ZeroWidthRules"/>) and the metrics it explains.</summary>
    private static List<(string Scenario, string Market, string[] Metrics)> ZeroWidthBandsInDocs()
    {
        var lines = File.ReadAllLines(RepoPaths.Combine("docs", "simulation.md"));
        var start = Array.FindIndex(lines, l => l.StartsWith("### Zero-width bands", StringComparison.Ordinal));
        Assert.True(start >= 0, "docs/simulation.md has no 'Zero-width bands' section");
        return lines.Skip(start + 1).SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')).Skip(2)
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Select(cells => (cells[1].Trim('`'), cells[2].Trim('`'), cells[3].Split(',', StringSplitOptions.TrimEntries)))
            .ToList();
    }

    [Fact]
    public void Compile_Baseline_PriceIndexStartsFromTheUsgsPrice()
    {
        // Given the baseline, whose gallium market starts its price index from the salient file's high-purity price
        var model = ScenarioFixture.Compile("baseline");

        // Then index 1 stands for 500 $/kg, the 2024 figure of mcs2025-galli_salient.csv (an estimate in MCS 2025)
        var price = model.Markets.Single(m => m.Commodity == "gallium").Price!;
        Assert.Equal(500, price.Value);
        Assert.Equal(2024, price.Year);
        Assert.Equal("dollars per kilogram", price.Unit);
        Assert.True(price.IsEstimate);
        Assert.All(model.Markets, m => Assert.NotNull(m.Price));
    }

    [Fact]
    public void Compile_PriceNotMapped_ErrorNamesMarketPrice()
    {
        // Given a market whose price names a column the price mapping does not list
        var scenario = ScenarioReader.ReadText("""
            name: t
            start: 2026-01
            extends: baseline.yaml
            markets:
              - commodity: gallium
                stage: refining
                import_category: Metal
                demand: {salient: mcs2025-galli_salient.csv, column: Consump_kg, year: 2024, unit: kg}
                price: {salient: mcs2025-galli_salient.csv, column: Stocks_kg, year: 2024}
            """, "t.yaml", name => ScenarioReader.ReadFile(ScenarioPaths.Resolve(name)));

        // When
        var error = Assert.Throws<ScenarioException>(() => ScenarioCompiler.Compile(scenario, DefaultData.Dataset, new CompileOptions(ScenarioFixture.Salient)));

        // Then
        Assert.EndsWith(".price", error.Field, StringComparison.Ordinal);
        Assert.Contains("Stocks_kg", error.Message, StringComparison.Ordinal);
    }
}
