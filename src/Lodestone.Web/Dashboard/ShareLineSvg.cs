using System.Globalization;
using System.Text;
using Lodestone.Queries.Trade;

namespace Lodestone.Web.Dashboard;

/// <summary>A supplier's share of recorded world exports per year, drawn on the server as inline SVG (the CLI's <c>trade</c> chart).</summary>
/// <remarks>
/// x = year from the series' first to its last, y = 0–100 % from the bottom; a year with nothing recorded breaks the line
/// (missing is never drawn as 0). The description lists every year's figure, so the chart reads without sight. Colours
/// come from site.css classes (the CSP forbids inline style).
/// </remarks>
internal static class ShareLineSvg
{
    private const double Width = 640;
    private const double Height = 260;
    private const double Left = 56;
    private const double Right = 16;
    private const double Top = 14;
    private const double Bottom = 44;

    public static Html ShareLine(this Html h, string id, string title, ExportShareJson series)
    {
        var points = series.Points;
        var first = points.Count == 0 ? 0 : points.Min(p => p.Year);
        var last = points.Count == 0 ? 1 : points.Max(p => p.Year);
        double X(int year) => Left + (last == first ? 0 : (year - first) / (double)(last - first)) * (Width - Left - Right);
        double Y(double v) => Top + (1 - Math.Clamp(v, 0, 1)) * (Height - Top - Bottom);
        var described = string.Join("; ", points.Select(p => p.Year.ToString(CultureInfo.InvariantCulture) + ": "
            + (p.Share is { } s ? Html.Percent(s * 100) : "nothing recorded")));
        h.Raw("<figure class=\"fan\">")
            .Open("svg", ("class", "fanchart"), ("id", id), ("viewBox", $"0 0 {N(Width)} {N(Height)}"), ("role", "img"), ("aria-labelledby", id + "-title " + id + "-desc"))
            .Element("title", title, ("id", id + "-title"))
            .Element("desc", described, ("id", id + "-desc"));
        h.Raw("<g class=\"grid\">");
        foreach (var v in new[] { 0, 0.25, 0.5, 0.75, 1 })
        {
            h.Open("line", ("x1", N(Left)), ("x2", N(Width - Right)), ("y1", N(Y(v))), ("y2", N(Y(v)))).Close("line")
                .Element("text", N(v * 100) + " %", ("class", "ytick"), ("x", N(Left - 6)), ("y", N(Y(v) + 4)), ("text-anchor", "end"));
        }
        for (var year = first; year <= last && points.Count > 0; year++)
        {
            if (year == first || year == last || (year - first) % 4 == 0 && last - year >= 2)
            {
                h.Open("line", ("class", "tick"), ("x1", N(X(year))), ("x2", N(X(year))), ("y1", N(Height - Bottom)), ("y2", N(Height - Bottom + 5))).Close("line")
                    .Element("text", year.ToString(CultureInfo.InvariantCulture), ("class", "xtick"), ("x", N(X(year))), ("y", N(Height - Bottom + 18)), ("text-anchor", "middle"));
            }
        }
        h.Raw("</g>");
        var line = new StringBuilder();
        var pen = false;
        foreach (var p in points.OrderBy(p => p.Year))
        {
            if (p.Share is not { } share)
            {
                pen = false;
                continue;
            }
            line.Append(pen ? 'L' : 'M').Append(N(X(p.Year))).Append(',').Append(N(Y(share))).Append(' ');
            pen = true;
        }
        if (line.Length > 0)
        {
            h.Open("path", ("class", "median"), ("d", line.ToString().TrimEnd())).Close("path");
        }
        h.Open("line", ("class", "axis"), ("x1", N(Left)), ("x2", N(Width - Right)), ("y1", N(Height - Bottom)), ("y2", N(Height - Bottom))).Close("line")
            .Open("line", ("class", "axis"), ("x1", N(Left)), ("x2", N(Left)), ("y1", N(Top)), ("y2", N(Height - Bottom))).Close("line");
        return h.Raw("</svg>").Open("figcaption").Text(title + ". " + series.Note + ".").Close("figcaption").Raw("</figure>");
    }

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
