using System.Globalization;
using System.Text.RegularExpressions;

namespace Lodestone.Data.Usgs;

/// <summary>A numeric cell of the world file: a non-negative figure, possibly published as a lower bound.</summary>
/// <param name="Value">The figure in the row's unit.</param>
/// <param name="IsLowerBound">The cell read "&gt;…" ("&gt;2000000", "&gt;17,000,000"): the true figure is larger.</param>
internal readonly partial record struct UsgsQuantity(double Value, bool IsLowerBound)
{
    /// <summary>What a valid numeric cell looks like, for error messages.</summary>
    public const string Expected = "a non-negative number such as 1860 or 17,000,000, optionally preceded by '>' (lower bound), or a blank cell";

    /// <summary>Parses a cleaned, non-blank cell.</summary>
    /// <remarks>
    /// Plain integers and decimals, thousands separators only in groups of three ("17,000,000"), and a leading "&gt;" for a
    /// lower bound. Anything else (letters, "&lt;", negative numbers, "1,86") is rejected: a blank cell is handled by the
    /// caller and means no figure, never zero.
    /// </remarks>
    public static bool TryParse(string text, out UsgsQuantity quantity)
    {
        quantity = default;
        var t = text.Trim();
        var lowerBound = t.StartsWith('>');
        if (lowerBound)
        {
            t = t[1..].Trim();
        }
        if (!Number().IsMatch(t))
        {
            return false;
        }
        if (!double.TryParse(t, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || double.IsInfinity(value))
        {
            return false;
        }
        quantity = new UsgsQuantity(value, lowerBound);
        return true;
    }

    [GeneratedRegex(@"^(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$")]
    private static partial Regex Number();
}
