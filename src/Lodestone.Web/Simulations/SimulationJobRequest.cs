using Lodestone.Simulation.Engine;

namespace Lodestone.Web.Simulations;

/// <summary>What a simulation job runs, as stored with it (<c>jobs.request</c>): enough for a worker on any server to compile and run it again.</summary>
/// <param name="Scenario">The shipped scenario's file name, or null for uploaded YAML.</param>
/// <param name="ScenarioYaml">The uploaded scenario text, or null for a shipped scenario.</param>
/// <param name="HorizonMonths">The requested horizon override, or null for the scenario's.</param>
/// <param name="ScenarioName">The compiled scenario's <c>name:</c>, for display.</param>
/// <param name="Horizon">Months the compiled model simulates, for display.</param>
/// <param name="Sensitivity">Whether the job also ranks the drivers of each market's headline figure (absent in jobs stored before it existed: false).</param>
/// <param name="SensitivityMetric">The headline metric's name, or null for the default.</param>
/// <param name="SensitivityMonth">The headline month, or null for the last.</param>
internal sealed record SimulationJobRequest(string? Scenario, string? ScenarioYaml, int Runs, ulong Seed, int? HorizonMonths, string ScenarioName, int Horizon,
    bool Sensitivity = false, string? SensitivityMetric = null, int? SensitivityMonth = null)
{
    /// <summary>The request of <paramref name="plan"/>.</summary>
    public static SimulationJobRequest Of(SimulationPlan plan) =>
        new(plan.Scenario, plan.ScenarioYaml, plan.Runs, plan.Seed, plan.HorizonMonths, plan.Model.Scenario, plan.Model.Horizon,
            plan.Sensitivity is not null, plan.Sensitivity?.Metric.Name(), plan.Sensitivity?.Month);
}
