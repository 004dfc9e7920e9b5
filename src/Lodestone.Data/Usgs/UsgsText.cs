using System.Text.RegularExpressions;

namespace Lodestone.Data.Usgs;

/// <summary>Text clean-up shared by the USGS readers: trimming, footnote digits, qualifiers and lookup keys.</summary>
internal static partial class UsgsText
{
    /// <summary>The cell without leading or trailing white space of any kind (spaces, tabs, no-break spaces).</summary>
    /// <remarks>The release pads names and notes with trailing spaces ("Copper ", "NA  ") and once a note is a single space.</remarks>
    public static string Clean(string? text) => text is null ? "" : text.Trim().Trim('\u00A0').Trim();

    /// <summary>A case-insensitive lookup key: cleaned, inner runs of white space collapsed to one space, lower-case.</summary>
    public static string Key(string? text)
    {
        var clean = Clean(text);
        var builder = new System.Text.StringBuilder(clean.Length);
        var previousSpace = false;
        foreach (var c in clean)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!previousSpace)
                {
                    builder.Append(' ');
                }
                previousSpace = true;
                continue;
            }
            builder.Append(char.ToLowerInvariant(c));
            previousSpace = false;
        }
        return builder.ToString();
    }

    /// <summary>Removes a trailing footnote number: "World total (rounded) 10" → "World total (rounded)".</summary>
    /// <remarks>Only one or two digits after a space are a footnote; a name never ends in a number in this release.</remarks>
    public static string WithoutFootnote(string name)
    {
        var clean = Clean(name);
        // Cheap test first: most names do not end in a digit.
        return clean.Length > 0 && char.IsAsciiDigit(clean[^1]) ? Footnote().Replace(clean, "") : clean;
    }

    /// <summary>Splits "United States (includes Puerto Rico)" into the name and the qualifier in parentheses.</summary>
    /// <returns>The name and the qualifier, or the whole text and null when it does not end in a parenthesis.</returns>
    public static (string Name, string? Qualifier) SplitQualifier(string name)
    {
        if (!name.EndsWith(')'))
        {
            return (name, null);
        }
        var match = Qualifier().Match(name);
        return match.Success ? (match.Groups[1].Value.Trim(), match.Groups[2].Value.Trim()) : (name, null);
    }

    /// <summary>Replaces the typographic minus U+2212 (and other dashes used as signs) with an ASCII hyphen-minus.</summary>
    public static string NormalizeMinus(string text) =>
        text.Replace('\u2212', '-').Replace('\u2012', '-').Replace('\u2013', '-').Replace('\uFE63', '-').Replace('\uFF0D', '-');

    [GeneratedRegex(@"\s+\d{1,2}$")]
    private static partial Regex Footnote();

    [GeneratedRegex(@"^(.*?)\s*\(([^()]*)\)$")]
    private static partial Regex Qualifier();
}
