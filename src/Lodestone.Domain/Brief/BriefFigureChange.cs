namespace Lodestone.Domain.Brief;

/// <summary>A figure of the brief that differs between two briefs of the same request: old and new as the page writes them (null: missing).</summary>
public sealed record BriefFigureChange(string Commodity, string Figure, string? Old, string? New);
