namespace Lodestone.Data.Usgs;

/// <summary>The units of measure the USGS world file uses (UNIT_MEAS), and the check that a unit is one of them.</summary>
/// <remarks>
/// A unit may carry a basis in parentheses ("thousand metric tons (ZrO2 content)"). Units are kept as published;
/// Lodestone never converts between them, so shares are only computed within one series of one unit.
/// </remarks>
internal static class UsgsUnits
{
    public static IReadOnlyList<string> Known { get; } =
    [
        "metric tons", "thousand metric tons", "thousand metric dry tons", "million metric tons", "kilograms",
        "thousand carats", "million carats", "million cubic meters",
    ];

    /// <summary>True when <paramref name="unit"/> is a known unit, optionally followed by " (basis)".</summary>
    public static bool IsKnown(string unit)
    {
        var (name, _) = UsgsText.SplitQualifier(UsgsText.Clean(unit));
        return Known.Contains(name.ToLowerInvariant(), StringComparer.Ordinal);
    }
}
