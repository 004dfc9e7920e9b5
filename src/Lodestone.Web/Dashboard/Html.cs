using System.Text;
using System.Text.Encodings.Web;

namespace Lodestone.Web.Dashboard;

/// <summary>A tiny HTML writer: every piece of text goes through <see cref="HtmlEncoder"/>; markup is only ever a constant in this code.</summary>
/// <remarks>
/// Data never reaches the page unencoded: <see cref="Text(string?)"/> and attribute values are encoded, URLs are
/// built from encoded path segments, and links to the outside are written only for http and https addresses.
/// </remarks>
internal sealed class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;
    private readonly StringBuilder _sb = new();

    /// <summary>Appends constant markup. Never pass data here.</summary>
    public Html Raw(string markup)
    {
        _sb.Append(markup);
        return this;
    }

    /// <summary>Appends encoded text; null shows as an em dash (missing data is shown as missing).</summary>
    public Html Text(string? text)
    {
        _sb.Append(text is null ? "—" : Encoder.Encode(text));
        return this;
    }

    /// <summary>Appends <c>&lt;tag attr="value"…&gt;</c> with every value encoded.</summary>
    public Html Open(string tag, params (string Name, string? Value)[] attributes)
    {
        _sb.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }
            _sb.Append(' ').Append(name).Append("=\"").Append(Encoder.Encode(value)).Append('"');
        }
        _sb.Append('>');
        return this;
    }

    public Html Close(string tag) => Raw("</" + tag + ">");

    /// <summary>An element with encoded text content.</summary>
    public Html Element(string tag, string? text, params (string Name, string? Value)[] attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    /// <summary>An internal link with encoded text.</summary>
    public Html Link(string href, string? text, string? cssClass = null) =>
        Element("a", text, ("href", href), ("class", cssClass));

    /// <summary>A link to an outside address, written only for http(s) URLs; anything else becomes plain text.</summary>
    public Html ExternalLink(string? url, string? text)
    {
        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return Element("a", text ?? url, ("href", uri.AbsoluteUri), ("rel", "noopener noreferrer external"));
        }
        return Text(text ?? url);
    }

    public override string ToString() => _sb.ToString();

    /// <summary>A path segment, percent-encoded ("rare earths" → "rare%20earths").</summary>
    public static string Segment(string value) => Format.Segment(value);

    /// <summary>A number in the invariant culture with thousands separators and at most <paramref name="decimals"/> decimals.</summary>
    public static string Number(double value, int decimals = 0) => Format.Number(value, decimals);

    /// <summary>A percentage with one decimal ("69.2 %"), prefixed by its qualifier when it is not exact.</summary>
    public static string Percent(double value, string qualifier = "=") => Format.Percent(value, qualifier);
}
