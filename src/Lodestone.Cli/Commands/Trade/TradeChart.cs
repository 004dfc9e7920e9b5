using Lodestone.Queries.Trade;
using ScottPlot;

namespace Lodestone.Cli.Commands.Trade;

/// <summary>The supplier's share of recorded world exports per year, one line per code, as a PNG citing BACI.</summary>
internal static class TradeChart
{
    public static void Write(TradeJson answer, string path)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        for (var i = 0; i < answer.SupplierShare.Count; i++)
        {
            var series = answer.SupplierShare[i];
            var points = series.Points.Where(p => p.Share is not null).ToList();
            var line = plot.Add.Scatter(points.Select(p => (double)p.Year).ToArray(), points.Select(p => p.Share!.Value * 100).ToArray());
            line.Color = palette.GetColor(i);
            line.LineWidth = 2;
            line.LegendText = series.Hs6 + (series.Bundle ? " (bundle)" : "");
        }
        var supplier = answer.SupplierShare.FirstOrDefault()?.Supplier ?? "supplier";
        plot.Title($"{answer.Commodity}: {supplier} share of recorded world exports (BACI top-partner series)");
        plot.XLabel("year (" + string.Join("; ", answer.Sources.Select(s => s.Title.Split(" (")[0] + " " + s.Url)) + ")");
        plot.YLabel("share of recorded exports, %");
        plot.Axes.SetLimitsY(0, 100);
        plot.ShowLegend(Alignment.UpperLeft);
        Infrastructure.PngFile.Save(plot, path);
    }
}
