using System.Globalization;

namespace Lodestone.Cli.Rendering;

/// <summary>Number formatting for tables: missing stays visibly missing, never zero.</summary>
internal static class Fmt
{
    public const string Missing = "—";

    public static string Pct(double? fraction, string format = "0.#") =>
        fraction is { } f ? (f * 100).ToString(format, CultureInfo.InvariantCulture) + "%" : Missing;

    public static string Num(double? value, string format = "#,0.##") =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : Missing;

    public static string Int(double? value) => value is { } v ? v.ToString("#,0", CultureInfo.InvariantCulture) : Missing;

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
