namespace Lodestone.Web.Contracts;

/// <summary>Body of <c>POST /api/sweeps</c>: a sweep file's text (docs/simulation.md, "Sweeps"); its scenarios are shipped names only.</summary>
public sealed record SweepJobRequestDto(string? SweepYaml);
