using System.Globalization;

namespace Lodestone.Cli.Rendering;

/// <summary>Number formatting for tables: missing stays visibly missing, never zero.</summary>
internal static class Fmt
{
    public const string Missing = "—";

    /// <summary>A fraction as a percentage; a positive one too small for the format shows as "&lt;0.1%", never as a 0
    /// that reads as none (Kazakhstan's 40 t of antimony, 0.04 % of world mining).</summary>
    public static string Pct(double? fraction, string format = "0.#") =>
        fraction is { } f ? Percent(f * 100, format) + "%" : Missing;

    /// <summary><paramref name="percent"/> in <paramref name="format"/>, or "&lt;" and the format's smallest step when
    /// it is positive but rounds to 0.</summary>
    public static string Percent(double percent, string format)
    {
        var text = percent.ToString(format, CultureInfo.InvariantCulture);
        if (percent <= 0 || double.Parse(text, CultureInfo.InvariantCulture) != 0)
        {
            return text;
        }
        var point = format.IndexOf('.', StringComparison.Ordinal);
        var decimals = point < 0 ? 0 : format.Length - point - 1;
        return "<" + Math.Pow(10, -decimals).ToString("0.##########", CultureInfo.InvariantCulture);
    }

    public static string Num(double? value, string format = "#,0.##") =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : Missing;

    public static string Int(double? value) => value is { } v ? v.ToString("#,0", CultureInfo.InvariantCulture) : Missing;

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
