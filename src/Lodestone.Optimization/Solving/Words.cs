using System.Globalization;

namespace Lodestone.Optimization.Solving;

/// <summary>Number formats for explanations: invariant culture, magnitudes a reader can take in.</summary>
internal static class Words
{
    public static string Usd(double value)
    {
        var a = Math.Abs(value);
        var text = a switch
        {
            >= 1e9 => (value / 1e9).ToString("0.##", CultureInfo.InvariantCulture) + " billion",
            >= 1e6 => (value / 1e6).ToString("0.##", CultureInfo.InvariantCulture) + " million",
            _ => value.ToString("#,0", CultureInfo.InvariantCulture),
        };
        return "US$" + text;
    }

    public static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %";

    public static string Units(double value, string unit) => value.ToString("#,0.#", CultureInfo.InvariantCulture) + " " + unit;
}
