using System.Globalization;
using System.Text.RegularExpressions;

namespace Lodestone.Data.Usgs;

/// <summary>A typed cell of a salient-statistics file, kept as published.</summary>
/// <param name="Kind">How the cell was published.</param>
/// <param name="Number">The number of <see cref="SalientValueKind.Number"/> and of the bounds; null otherwise.</param>
internal readonly partial record struct SalientValue(SalientValueKind Kind, double? Number)
{
    /// <summary>What a valid cell looks like, for error messages.</summary>
    public const string Expected = "a number (U+2212 or '-' minus allowed), >N, <N, W, NA, E, 'Less than ½ unit.' or a blank cell";

    /// <summary>Parses a raw cell: padded values ("    NA"), U+2212 minus signs ("−88"), quoted bounds ("&lt;100,000").</summary>
    public static bool TryParse(string? raw, out SalientValue value)
    {
        value = default;
        var t = UsgsText.NormalizeMinus(UsgsText.Clean(raw));
        if (t.Length == 0)
        {
            value = new SalientValue(SalientValueKind.Blank, null);
            return true;
        }
        switch (t.ToUpperInvariant())
        {
            case "W":
                value = new SalientValue(SalientValueKind.Withheld, null);
                return true;
            case "NA":
                value = new SalientValue(SalientValueKind.NotAvailable, null);
                return true;
            case "E":
                value = new SalientValue(SalientValueKind.NetExporter, null);
                return true;
        }
        if (HalfUnit().IsMatch(t))
        {
            value = new SalientValue(SalientValueKind.LessThanHalfUnit, null);
            return true;
        }
        var kind = t[0] switch
        {
            '>' => SalientValueKind.GreaterThan,
            '<' => SalientValueKind.LessThan,
            _ => SalientValueKind.Number,
        };
        var number = kind == SalientValueKind.Number ? t : t[1..].Trim();
        if (!NumberPattern().IsMatch(number)
            || !double.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var parsed))
        {
            return false;
        }
        value = new SalientValue(kind, parsed);
        return true;
    }

    public override string ToString() => Kind switch
    {
        SalientValueKind.Blank => "",
        SalientValueKind.Number => Number!.Value.ToString(CultureInfo.InvariantCulture),
        SalientValueKind.GreaterThan => ">" + Number!.Value.ToString(CultureInfo.InvariantCulture),
        SalientValueKind.LessThan => "<" + Number!.Value.ToString(CultureInfo.InvariantCulture),
        SalientValueKind.Withheld => "W",
        SalientValueKind.NotAvailable => "NA",
        SalientValueKind.NetExporter => "E",
        _ => "Less than ½ unit.",
    };

    [GeneratedRegex(@"^-?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^less than (½|1/2) unit\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex HalfUnit();
}
