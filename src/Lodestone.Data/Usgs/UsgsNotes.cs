using System.Text.RegularExpressions;

namespace Lodestone.Data.Usgs;

/// <summary>Reads the notes columns of the world file: markers, estimate flags and unit statements.</summary>
internal static partial class UsgsNotes
{
    /// <summary>Spells out a bare USGS marker ("W", "NA", "XX") and keeps any other note as published.</summary>
    /// <returns>The cleaned note, or null for a blank (or single-space) note.</returns>
    public static string? Describe(string? note)
    {
        var text = UsgsText.Clean(note);
        return text.ToUpperInvariant() switch
        {
            "" => null,
            "W" => "W (withheld to avoid disclosing company proprietary data)",
            "NA" => "NA (not available)",
            "XX" => "XX (not applicable)",
            _ => text,
        };
    }

    /// <summary>True when a production note flags the figure of <paramref name="year"/> as estimated.</summary>
    /// <remarks>"estimated 2023" and "estimated for 2023" flag that year only; "Estimated based on …" (no year) flags every year of the row.</remarks>
    public static bool SaysEstimated(string? note, int year)
    {
        var text = UsgsText.Clean(note);
        if (!text.Contains("estimated", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var years = Year().Matches(text);
        return years.Count == 0 || years.Any(m => m.Value == year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The unit a reserves note states ("(Reserve data is thousand metric tons)."), or null.</summary>
    public static string? StatedReservesUnit(string? note)
    {
        var text = UsgsText.Clean(note);
        if (!text.Contains("reserve data is", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var match = ReserveUnit().Match(text);
        return match.Success ? match.Groups[1].Value.Trim().ToLowerInvariant() : null;
    }

    [GeneratedRegex(@"\b(19|20)\d{2}\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"reserve data is ([a-z ]+?)\s*\)?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReserveUnit();
}
