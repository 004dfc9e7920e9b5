using System.Globalization;

namespace Lodestone.Data.Baci;

/// <summary>BACI's numbers read without a detour through <see cref="decimal"/> or the general parser when the digits
/// allow it.</summary>
/// <remarks> A plain decimal numeral (digits with at most one point) whose digits fit in an integer below 2^53 is read
/// as that integer and one division by an exact power of ten (≤ 10^22): IEEE division rounds correctly, so the result
/// is the double nearest the numeral, exactly what <see cref="double.TryParse(string, NumberStyles, IFormatProvider,
/// out double)"/> returns (Clinger's fast path). Anything else — more digits, a sign, an exponent, a value near a bound
/// — goes to the general parsers, so the accepted inputs and their values are those of the general path. These fields
/// are ~95 % of an import's parsing time.
/// </remarks>
internal static class BaciNumbers
{
    private const long Exact = 1L << 53;
    private const int MaxDigits = 18;

    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary>Value in USD from BACI's thousands of USD, or null when it is not a positive amount of at most <see
    /// cref="BaciFileReader.MaxThousands"/> thousand USD.</summary>
    /// <remarks>Equal to <c>(double)(thousands * 1000m)</c>: decimal keeps the scale in a product, so that is the
    /// integer m·1000 divided by 10^scale, correctly rounded while m·1000 &lt; 2^53 — the value this computes
    /// directly.</remarks>
    public static double? ThousandsToUsd(ReadOnlySpan<char> text)
    {
        if (Digits(text, out var mantissa, out var scale) && mantissa > 0 && mantissa < Exact / 1000)
        {
            var usd = scale <= 3 ? mantissa * (long)PowersOfTen[3 - scale] : mantissa / PowersOfTen[scale - 3];
            if (usd < 9e14)
            {
                return usd; // the bound, 10^15 USD, is checked exactly by the general path
            }
        }
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var thousands)
            && thousands > 0
            && thousands <= BaciFileReader.MaxThousands)
        {
            return (double)(thousands * 1000m);
        }
        return null;
    }

    /// <summary>A finite non-negative quantity, or null when the text is none (the caller has taken out blanks and
    /// "NA").</summary>
    public static double? Tonnes(ReadOnlySpan<char> text)
    {
        if (Digits(text, out var mantissa, out var scale) && mantissa < Exact)
        {
            return scale == 0 ? mantissa : mantissa / PowersOfTen[scale];
        }
        // A run of hundreds of digits parses as infinity: refused like any other non-quantity.
        return double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var tonnes)
            && double.IsFinite(tonnes)
            ? tonnes
            : null;
    }

    /// <summary>Digits with at most one point ("52.051", ".5", "3."): the digits as an integer and how many follow the
    /// point.</summary>
    private static bool Digits(ReadOnlySpan<char> text, out long mantissa, out int scale)
    {
        mantissa = 0;
        scale = -1;
        var digits = 0;
        foreach (var c in text)
        {
            var digit = (uint)(c - '0');
            if (digit <= 9)
            {
                if (++digits > MaxDigits)
                {
                    return false;
                }
                mantissa = mantissa * 10 + digit;
                if (scale >= 0)
                {
                    scale++;
                }
            }
            else if (c == '.' && scale < 0)
            {
                scale = 0;
            }
            else
            {
                return false;
            }
        }
        scale = Math.Max(scale, 0);
        return digits > 0;
    }
}
