using Lodestone.Simulation.MonteCarlo;
using ScottPlot;

namespace Lodestone.Cli.Commands.Simulate;

/// <summary>Renders the fan chart of a simulation: per market, the P5–P95 band and the median of the effective supplier-of-concern share.</summary>
internal static class FanChart
{
    public static void Write(SimulationReport report, string path)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var markets = report.Months.Where(m => m.Metric == "effective_concern_share").GroupBy(m => (m.Commodity, m.Stage)).ToList();
        for (var i = 0; i < markets.Count; i++)
        {
            var months = markets[i].OrderBy(m => m.Month).ToList();
            double[] xs = months.Select(m => (double)m.Month).ToArray();
            var color = palette.GetColor(i);
            var band = plot.Add.FillY(xs, months.Select(m => m.P5 * 100).ToArray(), months.Select(m => m.P95 * 100).ToArray());
            band.FillColor = color.WithAlpha(0.2);
            band.LineWidth = 0;
            var median = plot.Add.Scatter(xs, months.Select(m => m.P50 * 100).ToArray());
            median.Color = color;
            median.MarkerSize = 0;
            median.LineWidth = 2;
            median.LegendText = $"{markets[i].Key.Commodity} / {markets[i].Key.Stage}";
        }
        plot.Title($"{report.Scenario}: {report.Concern} share of {report.Importer} supply (median, P5–P95; {report.Runs:N0} runs, seed {report.Seed})");
        plot.XLabel($"month (1 = {report.Start})");
        plot.YLabel("effective share, %");
        plot.Axes.SetLimitsY(0, 100);
        plot.ShowLegend(Alignment.UpperRight);
        Infrastructure.PngFile.Save(plot, path);
    }
}
