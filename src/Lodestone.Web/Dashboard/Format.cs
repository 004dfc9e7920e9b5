using System.Globalization;

namespace Lodestone.Web.Dashboard;

/// <summary>How the dashboard writes figures and addresses: text only; the Razor components encode it.</summary>
internal static class Format
{
    /// <summary>The sign of missing data: an em dash, never a zero.</summary>
    public const string Missing = "—";

    /// <summary><paramref name="text"/>, or <see cref="Missing"/> when there is none.</summary>
    public static string OrMissing(string? text) => text ?? Missing;

    /// <summary>A path segment, percent-encoded ("rare earths" → "rare%20earths").</summary>
    public static string Segment(string value) => Uri.EscapeDataString(value);

    /// <summary>A number in the invariant culture with thousands separators and at most <paramref name="decimals"/> decimals.</summary>
    public static string Number(double value, int decimals = 0) =>
        value.ToString(decimals == 0 ? "#,0" : "#,0." + new string('#', decimals), CultureInfo.InvariantCulture);

    /// <summary>A percentage with one decimal ("69.2 %"), prefixed by its qualifier when it is not exact.</summary>
    /// <summary>A percentage to one decimal; a positive one under 0.05 shows as "&lt;0.1 %", never as a 0.0 % that
    /// reads as none (Kazakhstan's 40 t of antimony, 0.04 % of world mining).</summary>
    public static string Percent(double value, string qualifier = "=") =>
        qualifier == "=" && value is > 0 and < 0.05
            ? "<0.1 %"
            : (qualifier == "=" ? "" : qualifier) + value.ToString("0.0", CultureInfo.InvariantCulture) + " %";

    public static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    /// <summary>An integer in the invariant culture, without separators (years, counts in attributes).</summary>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The absolute address of an http(s) URL, or null for anything else (a javascript: URL is never a link).</summary>
    public static string? WebAddress(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;
}
