using System.Globalization;
using System.Text;
using Lodestone.Simulation.MonteCarlo;

namespace Lodestone.Web.Dashboard;

/// <summary>A fan chart drawn on the server as inline SVG: the P5–P95 band and the median of a 0–1 metric per month.</summary>
/// <remarks>
/// The same picture as the CLI's <c>simulate --plot</c> (Commands/Simulate/FanChart.cs): the report carries P5, P50 and P95,
/// so there is one band. Colours come from classes in site.css, never inline style (the CSP forbids it).
/// Coordinates: x = month 1…H across the plot width, y = 0–100 % from the bottom; values are clamped to 0–1.
/// </remarks>
internal static class FanChartSvg
{
    private const double Width = 640;
    private const double Height = 320;
    private const double Left = 56;
    private const double Right = 16;
    private const double Top = 14;
    private const double Bottom = 52;

    public static Html FanChart(this Html h, string id, string title, string xLabel, string yLabel, IReadOnlyList<MonthQuantiles> months)
    {
        var horizon = months.Count == 0 ? 1 : months.Max(m => m.Month);
        double X(int month) => Left + (horizon <= 1 ? 0 : (month - 1) / (double)(horizon - 1)) * (Width - Left - Right);
        double Y(double v) => Top + (1 - Math.Clamp(v, 0, 1)) * (Height - Top - Bottom);
        h.Raw("<figure class=\"fan\">")
            .Open("svg", ("class", "fanchart"), ("id", id), ("viewBox", $"0 0 {N(Width)} {N(Height)}"), ("role", "img"), ("aria-labelledby", id + "-title " + id + "-desc"))
            .Element("title", title, ("id", id + "-title"))
            .Element("desc", $"{yLabel} by {xLabel}: the line is the median (P50) over the runs, the shaded band spans P5 to P95.", ("id", id + "-desc"));
        h.Raw("<g class=\"grid\">");
        foreach (var v in new[] { 0, 0.25, 0.5, 0.75, 1 })
        {
            h.Open("line", ("x1", N(Left)), ("x2", N(Width - Right)), ("y1", N(Y(v))), ("y2", N(Y(v)))).Close("line")
                .Element("text", N(v * 100) + " %", ("class", "ytick"), ("x", N(Left - 6)), ("y", N(Y(v) + 4)), ("text-anchor", "end"));
        }
        foreach (var m in XTicks(horizon))
        {
            h.Open("line", ("class", "tick"), ("x1", N(X(m))), ("x2", N(X(m))), ("y1", N(Height - Bottom)), ("y2", N(Height - Bottom + 5))).Close("line")
                .Element("text", m.ToString(CultureInfo.InvariantCulture), ("class", "xtick"), ("x", N(X(m))), ("y", N(Height - Bottom + 18)), ("text-anchor", "middle"));
        }
        h.Raw("</g>");
        if (months.Count > 0)
        {
            var band = new StringBuilder();
            foreach (var q in months)
            {
                band.Append(band.Length == 0 ? 'M' : 'L').Append(N(X(q.Month))).Append(',').Append(N(Y(q.P95))).Append(' ');
            }
            foreach (var q in months.Reverse())
            {
                band.Append('L').Append(N(X(q.Month))).Append(',').Append(N(Y(q.P5))).Append(' ');
            }
            band.Append('Z');
            var median = string.Join(" ", months.Select((q, i) => (i == 0 ? "M" : "L") + N(X(q.Month)) + "," + N(Y(q.P50))));
            h.Open("path", ("class", "band"), ("d", band.ToString())).Close("path")
                .Open("path", ("class", "median"), ("d", median)).Close("path");
        }
        h.Open("line", ("class", "axis"), ("x1", N(Left)), ("x2", N(Width - Right)), ("y1", N(Height - Bottom)), ("y2", N(Height - Bottom))).Close("line")
            .Open("line", ("class", "axis"), ("x1", N(Left)), ("x2", N(Left)), ("y1", N(Top)), ("y2", N(Height - Bottom))).Close("line")
            .Element("text", xLabel, ("class", "axis-label"), ("x", N((Left + Width - Right) / 2)), ("y", N(Height - 10)), ("text-anchor", "middle"))
            .Element("text", yLabel, ("class", "axis-label"), ("transform", "rotate(-90)"), ("x", N(-(Top + Height - Bottom) / 2)), ("y", "14"), ("text-anchor", "middle"));
        return h.Raw("</svg>").Open("figcaption").Text(title + " — line: median; band: P5–P95.").Close("figcaption").Raw("</figure>");
    }

    /// <summary>Month 1, then every 6th month, and the last month.</summary>
    private static IEnumerable<int> XTicks(int horizon)
    {
        var step = horizon > 72 ? 12 : 6;
        var ticks = new SortedSet<int> { 1, horizon };
        for (var m = step; m < horizon; m += step)
        {
            if (horizon - m >= step / 2)
            {
                ticks.Add(m);
            }
        }
        return ticks;
    }

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
