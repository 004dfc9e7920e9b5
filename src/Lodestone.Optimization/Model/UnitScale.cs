namespace Lodestone.Optimization.Model;

/// <summary>Mass units the planner can convert between; anything else is never mixed.</summary>
internal static class UnitScale
{
    /// <summary>Metric tonnes per one <paramref name="unit"/>, or null when the unit is not a plain mass unit.</summary>
    /// <remarks>Matches the head of published unit labels: "metric tons (REO)" → 1, "kt" → 1000, "kilograms" → 0.001, "t/yr NdPr oxide" → 1 (per year is handled by the caller).</remarks>
    public static double? ToTonnes(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit))
        {
            return null;
        }
        var u = unit.Trim().ToLowerInvariant();
        if (u.StartsWith("kt", StringComparison.Ordinal) || u.StartsWith("thousand metric tons", StringComparison.Ordinal))
        {
            return 1000;
        }
        if (u.StartsWith("kilogram", StringComparison.Ordinal) || u == "kg" || u.StartsWith("kg ", StringComparison.Ordinal) || u.StartsWith("kg/", StringComparison.Ordinal))
        {
            return 0.001;
        }
        if (u == "t" || u.StartsWith("t/", StringComparison.Ordinal) || u.StartsWith("t ", StringComparison.Ordinal)
            || u.StartsWith("metric ton", StringComparison.Ordinal) || u.StartsWith("tonne", StringComparison.Ordinal))
        {
            return 1;
        }
        return null;
    }
}
