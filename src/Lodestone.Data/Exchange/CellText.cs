using System.Globalization;
using Lodestone.Data.Storage;

namespace Lodestone.Data.Exchange;

/// <summary>A typed column value as invariant text and back: how CSV cells hold numbers and booleans, and how tests compare rows.</summary>
/// <remarks>Doubles use the shortest text that parses back to the same bits ("R"); booleans are <c>true</c>/<c>false</c>.</remarks>
internal static class CellText
{
    /// <summary><paramref name="value"/> (a value of a <see cref="ColumnType"/>, or null) as text; null stays null.</summary>
    public static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        int n => n.ToString(CultureInfo.InvariantCulture),
        long n => n.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => throw new ArgumentException($"no text form for {value.GetType().Name}", nameof(value)),
    };

    /// <summary>Parses <paramref name="text"/> as a value of <paramref name="type"/>.</summary>
    /// <exception cref="FormatException">Not a value of that type; the message says what was expected.</exception>
    public static object Parse(string text, ColumnType type) => type switch
    {
        ColumnType.Text => text,
        ColumnType.Integer => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n
            : throw new FormatException($"expected a 32-bit whole number, found '{Shorten(text)}'"),
        ColumnType.BigInt => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l
            : throw new FormatException($"expected a 64-bit whole number, found '{Shorten(text)}'"),
        ColumnType.Real => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d
            : throw new FormatException($"expected a number (invariant culture, '.' as the decimal point), found '{Shorten(text)}'"),
        _ => text switch
        {
            "true" => true,
            "false" => false,
            _ => throw new FormatException($"expected true or false, found '{Shorten(text)}'"),
        },
    };

    internal static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
