using Lodestone.Optimization.Frontier;
using ScottPlot;

namespace Lodestone.Cli.Commands.Plan;

/// <summary>Draws the frontier as a PNG (ScottPlot): cost in millions of USD against the cap in percent. Drawn by the front end,
/// so the planner library carries no rendering package.</summary>
internal static class FrontierPlot
{
    public static void SavePng(IReadOnlyList<FrontierPoint> points, string title, string path, int width = 900, int height = 560)
    {
        var plot = new Plot();
        var feasible = points.Where(p => p.Feasible && p.CostUsd is not null).OrderBy(p => p.Cap).ToList();
        if (feasible.Count > 0)
        {
            var xs = feasible.Select(p => p.Cap * 100).ToArray();
            var ys = feasible.Select(p => p.CostUsd!.Value / 1e6).ToArray();
            var line = plot.Add.Scatter(xs, ys);
            line.LegendText = "least cost";
            line.MarkerSize = 7;
        }
        var infeasible = points.Where(p => !p.Feasible).ToList();
        if (infeasible.Count > 0)
        {
            var floor = feasible.Count > 0 ? feasible.Min(p => p.CostUsd!.Value) / 1e6 : 0;
            var marks = plot.Add.ScatterPoints(infeasible.Select(p => p.Cap * 100).ToArray(), infeasible.Select(_ => floor).ToArray());
            marks.MarkerShape = MarkerShape.Cross;
            marks.MarkerSize = 9;
            marks.Color = Colors.Red;
            marks.LegendText = "no feasible plan";
        }
        plot.Title(title);
        plot.XLabel("cap on the supplier of concern's share (%)");
        plot.YLabel("cost over the horizon (million US$)");
        plot.ShowLegend();
        plot.SavePng(path, width, height);
    }
}
