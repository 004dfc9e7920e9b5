using System.Globalization;
using Lodestone.Queries.Contracts;

namespace Lodestone.Web.Dashboard;

/// <summary>A small line chart of one annual price series, drawn on the server as inline SVG (years across, the series' own
/// range up the side, labelled at both ends); years without a figure break the line. Colours come from site.css classes.</summary>
internal static class PriceChartSvg
{
    private const double Width = 240;
    private const double Height = 90;
    private const double Left = 44;
    private const double Right = 8;
    private const double Top = 8;
    private const double Bottom = 20;

    public static Html PriceChart(this Html h, string id, PriceSeriesDto series)
    {
        var points = series.Points.Where(p => p.Value is not null).ToList();
        if (points.Count < 2)
        {
            return h;
        }
        var (first, last) = (series.Points.Min(p => p.Year), series.Points.Max(p => p.Year));
        var (low, high) = (points.Min(p => p.Value!.Value), points.Max(p => p.Value!.Value));
        double X(int year) => Left + (last == first ? 0 : (year - first) / (double)(last - first)) * (Width - Left - Right);
        double Y(double v) => Top + (high > low ? 1 - (v - low) / (high - low) : 0.5) * (Height - Top - Bottom);
        var title = $"{series.Series}, {series.Unit}, {first}–{last}";
        h.Open("svg", ("class", "pricechart"), ("id", id), ("viewBox", $"0 0 {N(Width)} {N(Height)}"), ("role", "img"), ("aria-labelledby", id + "-title"))
            .Element("title", title, ("id", id + "-title"));
        var path = new List<string>();
        var previous = int.MinValue;
        foreach (var p in series.Points.OrderBy(p => p.Year))
        {
            if (p.Value is { } v)
            {
                path.Add((previous == p.Year - 1 ? "L" : "M") + N(X(p.Year)) + "," + N(Y(v)));
                previous = p.Year;
            }
        }
        h.Open("path", ("class", "median"), ("d", string.Join(" ", path))).Close("path");
        h.Element("text", Num(high), ("class", "ytick"), ("x", N(Left - 4)), ("y", N(Top + 4)), ("text-anchor", "end"))
            .Element("text", Num(low), ("class", "ytick"), ("x", N(Left - 4)), ("y", N(Height - Bottom)), ("text-anchor", "end"))
            .Element("text", first.ToString(CultureInfo.InvariantCulture), ("class", "xtick"), ("x", N(Left)), ("y", N(Height - 4)), ("text-anchor", "start"))
            .Element("text", last.ToString(CultureInfo.InvariantCulture), ("class", "xtick"), ("x", N(Width - Right)), ("y", N(Height - 4)), ("text-anchor", "end"));
        return h.Close("svg");
    }

    private static string Num(double v) => v.ToString(v >= 100 ? "N0" : "0.##", CultureInfo.InvariantCulture);

    private static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
