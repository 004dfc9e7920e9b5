namespace Lodestone.Simulation.Sweeps;

/// <summary>A sweep's scenario as it travels to a worker: a shipped name, or a file's name and text.</summary>
/// <param name="Name">The shipped scenario's name, or the path as the sweep file wrote it (for messages and the report).</param>
/// <param name="Yaml">The file's text; null for a shipped scenario, which every worker has beside its binaries.</param>
public sealed record ScenarioSource(string Name, string? Yaml);
