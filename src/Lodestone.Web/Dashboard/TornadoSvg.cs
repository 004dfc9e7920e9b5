using System.Globalization;
using Lodestone.Simulation.Sensitivity;

namespace Lodestone.Web.Dashboard;

/// <summary>A tornado chart drawn on the server as inline SVG: for each of a market's largest drivers, a bar from the headline
/// figure with the parameter at its P10 to the figure with it at its P90, every other parameter at its median; the vertical line
/// is the figure with all at their medians. Colours come from site.css classes (the CSP forbids inline style).</summary>
internal static class TornadoSvg
{
    /// <summary>Bars drawn per market (the CLI's JSON lists every driver).</summary>
    public const int Bars = 6;

    private const double Width = 520;
    private const double Row = 22;
    private const double Left = 190;
    private const double Right = 16;
    private const double Top = 8;
    private const double Bottom = 22;

    public static Html Tornado(this Html h, string id, MarketSensitivity market, string metric)
    {
        var drivers = market.Drivers.Take(Bars).ToList();
        if (drivers.Count == 0)
        {
            return h.Element("p", $"{market.Commodity} / {market.Stage}: no parameter moves {metric}.", ("class", "empty"));
        }
        var values = drivers.SelectMany(d => new[] { d.AtLow, d.AtHigh }).Append(market.Base).ToList();
        var (low, high) = (values.Min(), values.Max());
        var height = Top + Bottom + Row * drivers.Count;
        double X(double v) => Left + (high > low ? (v - low) / (high - low) : 0.5) * (Width - Left - Right);
        var title = $"{market.Commodity} / {market.Stage}: what moves {metric} (P10 to P90 of each parameter, others at their medians)";
        h.Open("svg", ("class", "tornado"), ("id", id), ("viewBox", $"0 0 {N(Width)} {N(height)}"), ("role", "img"), ("aria-labelledby", id + "-title"))
            .Element("title", title, ("id", id + "-title"));
        for (var i = 0; i < drivers.Count; i++)
        {
            var d = drivers[i];
            var y = Top + i * Row;
            var name = d.Parameter[(d.Parameter.IndexOf('.', StringComparison.Ordinal) + 1)..];
            h.Element("text", name, ("class", "label"), ("x", N(Left - 6)), ("y", N(y + Row * 0.65)), ("text-anchor", "end"))
                .Open("rect", ("class", "swing"), ("x", N(Math.Min(X(d.AtLow), X(d.AtHigh)))), ("y", N(y + 3)),
                    ("width", N(Math.Max(1, Math.Abs(X(d.AtHigh) - X(d.AtLow))))), ("height", N(Row - 6)))
                .Element("title", $"{name}: {Pct(d.AtLow)} at P10 ({d.Low.ToString("G4", CultureInfo.InvariantCulture)}), {Pct(d.AtHigh)} at P90 ({d.High.ToString("G4", CultureInfo.InvariantCulture)})")
                .Close("rect");
        }
        h.Open("line", ("class", "base"), ("x1", N(X(market.Base))), ("x2", N(X(market.Base))), ("y1", N(Top)), ("y2", N(height - Bottom))).Close("line")
            .Element("text", Pct(low), ("class", "xtick"), ("x", N(Left)), ("y", N(height - 6)), ("text-anchor", "start"))
            .Element("text", Pct(market.Base) + " (medians)", ("class", "xtick"), ("x", N(X(market.Base))), ("y", N(height - 6)), ("text-anchor", "middle"))
            .Element("text", Pct(high), ("class", "xtick"), ("x", N(Width - Right)), ("y", N(height - 6)), ("text-anchor", "end"));
        return h.Close("svg");
    }

    private static string Pct(double v) => (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    private static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
