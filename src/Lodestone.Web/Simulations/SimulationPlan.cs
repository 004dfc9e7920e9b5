using Lodestone.Simulation.Engine;

namespace Lodestone.Web.Simulations;

/// <summary>A checked simulation request: the compiled model and how to run it.</summary>
/// <param name="Uploaded">The scenario came as YAML text (a write: needs the API key) rather than a shipped name.</param>
public sealed record SimulationPlan(SimulationModel Model, int Runs, ulong Seed, bool Uploaded);
