using Lodestone.Simulation.Distributions;
using Lodestone.Simulation.Scenarios;
using Lodestone.Testing;

namespace Lodestone.Simulation.Tests.Scenarios;

public class ScenarioReaderTests
{
    private const string Minimal = """
        name: t
        start: 2026-01
        defaults:
          spare_capacity: {triangular: [0, 0.05, 0.1], assumption: "idle capacity not in the data"}
        """;

    [Fact]
    public void ReadText_Distributions_ParsedWithBasis()
    {
        // Given a parameter given as a triangular distribution with an assumption
        var scenario = ScenarioReader.ReadText(Minimal, "t.yaml");

        // Then
        var spec = scenario.Defaults["spare_capacity"];
        Assert.Equal(new Triangular(0, 0.05, 0.1), spec.Value);
        Assert.True(spec.IsAssumption);
        Assert.Equal(36, scenario.Horizon);
    }

    [Fact]
    public void ReadText_SpreadAndExact_KeptWithTheParameter()
    {
        // Given a sourced point given a default spread, and an exact value
        var scenario = ScenarioReader.ReadText("""
            name: t
            start: 2026-01
            defaults:
              substitution_rate: {triangular: [0.05, 0.10, 0.15], source: "https://doi.org/10.1021/acs.est.6b05751", spread: "plus or minus half of one observation"}
              recycling_share: {value: 0, assumption: "only additional recycling enters here", exact: "zero at the start by construction"}
            """, "t.yaml");

        // Then each keeps its reason, and the sourced one stays sourced
        var rate = scenario.Defaults["substitution_rate"];
        Assert.False(rate.IsAssumption);
        Assert.Equal("plus or minus half of one observation", rate.Spread);
        Assert.Null(rate.Exact);
        Assert.Equal("zero at the start by construction", scenario.Defaults["recycling_share"].Exact);
    }

    [Theory]
    // Why: an unknown top-level field must name its line and field.
    [InlineData("name: t\nstart: 2026-01\nhorizonn: 12\n", 3, "horizonn")]
    // Why: an unknown parameter name under defaults.
    [InlineData("name: t\nstart: 2026-01\ndefaults:\n  spare: {value: 1, assumption: \"because of reasons\"}\n", 4, "defaults.spare")]
    // Why: a parameter with neither source nor assumption.
    [InlineData("name: t\nstart: 2026-01\ndefaults:\n  spare_capacity: {value: 0.1}\n", 4, "defaults.spare_capacity")]
    // Why: a malformed distribution (min > max).
    [InlineData("name: t\nstart: 2026-01\ndefaults:\n  spare_capacity: {uniform: [0.2, 0.1], assumption: \"because of reasons\"}\n", 4, "defaults.spare_capacity.uniform")]
    // Why: exact: marks a value that is not an estimate; a distribution is sampled, so exact: on it is a contradiction.
    [InlineData("name: t\nstart: 2026-01\ndefaults:\n  spare_capacity: {uniform: [0, 0.1], assumption: \"because of reasons\", exact: \"a count of something\"}\n", 4, "defaults.spare_capacity.exact")]
    // Why: spread: explains a sampled width; a fixed value has none.
    [InlineData("name: t\nstart: 2026-01\ndefaults:\n  spare_capacity: {value: 0.1, assumption: \"because of reasons\", spread: \"plus or minus half\"}\n", 4, "defaults.spare_capacity.spread")]
    // Why: a bad stage in a market, two levels down.
    [InlineData("name: t\nstart: 2026-01\nmarkets:\n  - commodity: gallium\n    stage: smelting-ish\n", 5, "markets[0].stage")]
    // Why: a declared import share is a fraction of imports.
    [InlineData("name: t\nstart: 2026-01\nmarkets:\n  - commodity: gallium\n    stage: refining\n    imports:\n      shares: {CHN: 1.2}\n      source: https://example.org\n", 7, "markets[0].imports.shares.CHN")]
    // Why: declared shares of imports cannot add up to more than all imports.
    [InlineData("name: t\nstart: 2026-01\nmarkets:\n  - commodity: gallium\n    stage: refining\n    imports:\n      shares: {CHN: 0.7, CAN: 0.4}\n      source: https://example.org\n", 7, "markets[0].imports.shares")]
    public void ReadText_InvalidField_ErrorNamesLineAndField(string yaml, int line, string field)
    {
        // When
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.ReadText(yaml, "bad.yaml"));

        // Then
        Assert.Equal(line, error.Line);
        Assert.Equal(field, error.Field);
        Assert.StartsWith($"bad.yaml:{line}:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadText_InvalidYaml_ErrorWithLine()
    {
        // Given YAML broken on line 3 (unclosed flow mapping)
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.ReadText("name: t\nstart: 2026-01\ndefaults: {a: [1, 2\n", "broken.yaml"));

        // Then
        Assert.Contains("invalid YAML", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line >= 3);
    }

    [Fact]
    public void Compile_UnknownCommodity_ErrorNamesMarketLine()
    {
        // Given a market naming a commodity the catalogue does not know
        var scenario = ScenarioReader.ReadText("name: t\nstart: 2026-01\nmarkets:\n  - commodity: unobtainium\n    stage: refining\n", "u.yaml");

        // When
        var error = Assert.Throws<ScenarioException>(() => ScenarioCompiler.Compile(scenario, DefaultData.Dataset));

        // Then
        Assert.Equal(4, error.Line);
        Assert.Equal("markets[0].commodity", error.Field);
    }

    [Fact]
    public void Compile_UnknownSourceId_Rejected()
    {
        // Given a parameter citing something that is neither a dataset id nor a citation with a URL
        var scenario = ScenarioReader.ReadText("name: t\nstart: 2026-01\ndefaults:\n  spare_capacity: {value: 0.1, source: somebody said so}\n", "s.yaml");

        // When
        var error = Assert.Throws<ScenarioException>(() => ScenarioCompiler.Compile(scenario, DefaultData.Dataset));

        // Then
        Assert.Equal("defaults.spare_capacity", error.Field);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public void Compile_DeclaredImports_ReplaceTheDatasetsWithTheRemainderAsOther()
    {
        // Given a gallium market declaring China 0.3 and Canada 0.5 of imports (the dataset's USGS list is CAN, JPN, CHN, DEU, OTH)
        var scenario = ScenarioReader.ReadText(ScenarioText("{CHN: 0.3, CAN: 0.5}"), "d.yaml");

        // When it compiles
        var market = Assert.Single(ScenarioCompiler.Compile(scenario, DefaultData.Dataset).Markets);

        // Then the origins are the importer, the declared two and the 0.2 remainder as OTH, nothing from the dataset's list
        Assert.Equal(["USA", "CHN", "CAN", "OTH"], market.Origins);
        Assert.Equal([0, 0.3, 0.5, 0.2], market.ImportShares.Select(s => Math.Round(s, 12)));
    }

    [Fact]
    public void Compile_DeclaredImportsNamingTheImporter_Refused()
    {
        var scenario = ScenarioReader.ReadText(ScenarioText("{USA: 0.3}"), "d.yaml");

        var error = Assert.Throws<ScenarioException>(() => ScenarioCompiler.Compile(scenario, DefaultData.Dataset));

        Assert.Equal("markets[0].imports.shares", error.Field);
        Assert.Contains("cannot be an import origin", error.Reason, StringComparison.Ordinal);
    }

    private static string ScenarioText(string shares) => $$"""
        name: d
        start: 2026-01
        defaults:
          {{string.Join("\n  ", Defaults)}}
        markets:
          - commodity: gallium
            stage: refining
            imports: {shares: {{shares}}, source: "hand-written shares https://example.org/d"}
            parameters:
              net_import_reliance: {value: 1, assumption: "test value, all imported"}
              world_to_importer: {value: 10, assumption: "test value for the world"}
              concern_world_share: {value: 0.9, assumption: "test value for the share"}
        """;

    private static readonly string[] Defaults = [.. new[]
    {
        "demand_growth", "rest_of_world_growth", "spare_capacity", "spare_lag_months", "non_concern_growth", "stockpile_months",
        "max_release_per_month", "substitution_rate", "substitution_max", "substitution_lag_months", "demand_elasticity", "demand_reduction_max",
        "demand_reduction_lag_months", "recycling_share", "recycling_growth", "ramp_months", "project_delay_months",
    }.Select(n => n + ": {value: 0, assumption: \"test value, switched off\"}"), "price_elasticity: {value: 1, assumption: \"test value, index 1 + u\"}",
        "price_cap: {value: 10, assumption: \"test value, a ceiling\"}"];
}
