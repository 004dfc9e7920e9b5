namespace Lodestone.Web.Simulations;

/// <summary>A simulation request as received (API body, dashboard form or a stored job), before <see cref="SimulationRequests.TryPlan"/> checks it.</summary>
/// <param name="Scenario">A shipped scenario's name, or null with <paramref name="ScenarioYaml"/>.</param>
/// <param name="ScenarioYaml">Uploaded scenario text, or null.</param>
/// <param name="Runs">Runs, or null for the default.</param>
/// <param name="Seed">Seed, or null for the default.</param>
/// <param name="HorizonMonths">Horizon override, or null.</param>
/// <param name="Sensitivity">Also rank the drivers of each market's headline figure.</param>
/// <param name="SensitivityMetric">The headline metric's name, or null for the default.</param>
/// <param name="SensitivityMonth">The headline month, or null for the last.</param>
internal sealed record SimulationAsk(string? Scenario, string? ScenarioYaml, int? Runs, ulong? Seed, int? HorizonMonths,
    bool Sensitivity = false, string? SensitivityMetric = null, int? SensitivityMonth = null);
