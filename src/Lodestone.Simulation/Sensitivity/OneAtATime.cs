using System.Globalization;
using System.Numerics;
using Lodestone.Domain.Model;
using Lodestone.Simulation.Engine;

namespace Lodestone.Simulation.Sensitivity;

/// <summary>One-at-a-time sensitivity (the tornado diagram): each uncertain parameter swung from its P10 to its P90 with every
/// other parameter at its median, the headline figure recorded at both ends, parameters ranked by the swing.</summary>
/// <remarks>
/// <para>Method: Saltelli, Ratto, Andres, Campolongo, Cariboni, Gatelli, Saisana &amp; Tarantola, <i>Global Sensitivity Analysis:
/// The Primer</i>, Wiley 2008 (doi:10.1002/9780470725184), chapter 1 on one-at-a-time designs and their limits; the tornado presentation is that of
/// decision analysis (Howard 1988, Management Science 34(6):679–695). A swing is exact for the model (no sampling): the engine
/// runs 2J + 1 deterministic parameter sets side by side in its SIMD lanes, J the number of parameters whose P10 and P90 differ.</para>
/// <para>Limits, as the Primer says: one-at-a-time swings miss interactions (two parameters that matter only together), and the
/// base case at the medians is not the Monte Carlo median of the output when the model is non-linear.</para>
/// </remarks>
public static class OneAtATime
{
    /// <summary>The method, as reports state it.</summary>
    public const string Method = "one-at-a-time swings (tornado diagram): each parameter at its P10 and at its P90, every other at its median; ranked by |figure at P90 − figure at P10|";

    /// <summary>The sources of the method and its limits, as reports cite them.</summary>
    public const string Reference = "Saltelli et al., Global Sensitivity Analysis: The Primer, Wiley 2008, doi:10.1002/9780470725184 (one-at-a-time designs and their limits); Howard 1988, Decision Analysis: Practice and Promise, Management Science 34(6):679-695 (tornado diagrams)";

    /// <summary>Lower and upper percentile of each swing.</summary>
    public const double LowQuantile = 0.10;

    /// <summary>Upper percentile of each swing.</summary>
    public const double HighQuantile = 0.90;

    /// <summary>Ranks the drivers of <paramref name="metric"/> at <paramref name="month"/> (1-based) for every market of <paramref name="model"/>.</summary>
    public static SensitivityReport Analyse(SimulationModel model, Metric metric, int month)
    {
        if (month < 1 || month > model.Horizon)
        {
            throw new ArgumentOutOfRangeException(nameof(month), $"month {month} is outside the horizon 1–{model.Horizon}");
        }
        var count = model.Parameters.Count;
        var median = model.Parameters.Select(p => p.Value.InverseCdf(0.5)).ToArray();
        var swung = Enumerable.Range(0, count)
            .Where(j => model.Parameters[j].Value.InverseCdf(LowQuantile) != model.Parameters[j].Value.InverseCdf(HighQuantile))
            .ToArray();
        // Configuration 0 is the base case; 2i + 1 and 2i + 2 put parameter swung[i] at its P10 and P90.
        var configurations = 1 + 2 * swung.Length;
        var values = new double[model.Markets.Count][];
        for (var m = 0; m < values.Length; m++)
        {
            values[m] = new double[configurations];
        }
        var width = Vector<double>.Count;
        var lanes = Math.Min(256, (configurations + width - 1) / width * width);
        var maxOrigins = Math.Max(1, model.Markets.Select(m => m.Origins.Count).DefaultIfEmpty(1).Max());
        var buffers = new BlockBuffers(lanes, maxOrigins, model.Horizon);
        var matrix = new double[count][];
        for (var j = 0; j < count; j++)
        {
            matrix[j] = new double[lanes];
        }
        for (var first = 0; first < configurations; first += lanes)
        {
            var runs = Math.Min(lanes, configurations - first);
            for (var j = 0; j < count; j++)
            {
                Array.Fill(matrix[j], median[j]);
            }
            for (var lane = 0; lane < runs; lane++)
            {
                var c = first + lane;
                if (c > 0)
                {
                    var j = swung[(c - 1) / 2];
                    matrix[j][lane] = model.Parameters[j].Value.InverseCdf(c % 2 == 1 ? LowQuantile : HighQuantile);
                }
            }
            SimulationEngine.RunBlock(model, matrix, runs, buffers, new Recorder(values, metric, month - 1, first));
        }
        var markets = model.Markets
            .Select((market, m) => new MarketSensitivity(market.Commodity, market.Stage.Name(), values[m][0],
                Drivers(model, swung, values[m])))
            .ToList();
        return new SensitivityReport(Method, Reference, metric.Name(), month,
            model.MonthDate(month).ToString("yyyy-MM", CultureInfo.InvariantCulture), swung.Length, markets);
    }

    /// <summary>The market's drivers, largest swing first (ties by name): each swung parameter with the metric at
    /// its P10 and P90 (<paramref name="y"/> laid out as in the configurations); a parameter that moves nothing is
    /// left out.</summary>
    private static List<ParameterSwing> Drivers(SimulationModel model, int[] swung, double[] y) =>
        swung.Select((j, i) =>
            {
                var parameter = model.Parameters[j];
                var (atLow, atHigh) = (y[2 * i + 1], y[2 * i + 2]);
                return new ParameterSwing(parameter.Name, parameter.Value.InverseCdf(LowQuantile),
                    parameter.Value.InverseCdf(HighQuantile), atLow, atHigh, Math.Abs(atHigh - atLow));
            })
            .Where(s => s.Swing > 0)
            .OrderByDescending(s => s.Swing)
            .ThenBy(s => s.Parameter, StringComparer.Ordinal)
            .ToList();

    /// <summary>Keeps the metric of the wanted month for every configuration of a block.</summary>
    private sealed class Recorder(double[][] values, Metric metric, int month, int first) : IMonthObserver
    {
        public void Observe(int market, int t, MonthBuffers buffers, int runs)
        {
            if (t != month)
            {
                return;
            }
            Array.Copy(buffers.Metrics[(int)metric], 0, values[market], first, runs);
        }
    }
}
