using Lodestone.Simulation.Engine;
using Lodestone.Simulation.Sensitivity;

namespace Lodestone.Web.Simulations;

/// <summary>A checked simulation request: the compiled model, how to run it, and where its scenario came from (stored with the job so any server can run it).</summary>
/// <param name="Uploaded">The scenario came as YAML text (a write: needs the API key) rather than a shipped name.</param>
/// <param name="Scenario">The shipped scenario's file name, or null for uploaded YAML.</param>
/// <param name="ScenarioYaml">The uploaded scenario text, or null.</param>
/// <param name="HorizonMonths">The requested horizon override, or null for the scenario's.</param>
/// <param name="Sensitivity">The headline whose drivers the job ranks after its runs, or null for none.</param>
internal sealed record SimulationPlan(SimulationModel Model, int Runs, ulong Seed, bool Uploaded, string? Scenario = null, string? ScenarioYaml = null,
    int? HorizonMonths = null, SensitivityHeadline? Sensitivity = null);
