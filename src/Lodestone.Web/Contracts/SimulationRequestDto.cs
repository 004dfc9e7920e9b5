namespace Lodestone.Web.Contracts;

/// <summary>Body of <c>POST /api/simulations</c>: a shipped scenario by name, or scenario YAML (needs the API key), and how to run it.</summary>
/// <param name="Scenario">A file name in <c>scenarios/</c> without <c>.yaml</c> ("baseline").</param>
/// <param name="ScenarioYaml">Scenario text in the schema of docs/simulation.md; may <c>extends:</c> a shipped scenario.</param>
/// <param name="Runs">Monte Carlo runs, 1–50,000 (default 1,000).</param>
/// <param name="Seed">The seed (default 1); the same seed gives the same figures as <c>lodestone simulate</c>.</param>
/// <param name="HorizonMonths">Months to simulate, 1–240 (default: the scenario's).</param>
/// <param name="Sensitivity">Also rank what drives each market's headline figure (one-at-a-time swings, as <c>simulate --sensitivity</c>); default false.</param>
/// <param name="SensitivityMetric">The headline metric: effective_concern_share (default), concern_share, shortfall or price_index.</param>
/// <param name="SensitivityMonth">The headline month, 1 to the horizon (default: the last).</param>
internal sealed record SimulationRequestDto(string? Scenario, string? ScenarioYaml, int? Runs, ulong? Seed, int? HorizonMonths,
    bool? Sensitivity = null, string? SensitivityMetric = null, int? SensitivityMonth = null);
