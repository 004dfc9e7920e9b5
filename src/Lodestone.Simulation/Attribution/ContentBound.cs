namespace Lodestone.Simulation.Attribution;

/// <summary>Which end of a traced content interval an attribution uses.</summary>
internal enum ContentBound
{
    /// <summary>What the data prove: untraced links count as not from the concern.</summary>
    Low,
    /// <summary>What the data cannot rule out: untraced links count as from the concern.</summary>
    High,
}
