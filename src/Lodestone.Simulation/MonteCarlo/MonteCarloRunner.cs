using System.Globalization;
using System.Numerics;
using Lodestone.Domain.Model;
using Lodestone.Simulation.Engine;

namespace Lodestone.Simulation.MonteCarlo;

/// <summary>Runs a model N times in parallel and reduces the runs to quantiles, means and predicate probabilities.</summary>
/// <remarks>
/// Determinism: run r draws its parameters from <c>h(seed, r)</c> only; runs are grouped in fixed blocks of
/// <see cref="MonteCarloOptions.BlockSize"/>; histogram counts and predicate hits are integers (merged in any order);
/// sums are per block and added in block order. So the result is bit-identical for a seed whatever the thread count.
/// </remarks>
public static class MonteCarloRunner
{
    public static MonteCarloResult Run(SimulationModel model, MonteCarloOptions options, CancellationToken cancellationToken = default)
    {
        if (options.Runs < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "at least one run is needed");
        }
        var width = Vector<double>.Count;
        var lanes = (options.BlockSize + width - 1) / width * width;
        var blocks = (options.Runs + lanes - 1) / lanes;
        var maxOrigins = Math.Max(1, model.Markets.Select(m => m.Origins.Count).DefaultIfEmpty(1).Max());
        var seriesOffset = new int[model.Markets.Count];
        var totalSeries = 0;
        for (var m = 0; m < model.Markets.Count; m++)
        {
            seriesOffset[m] = totalSeries;
            totalSeries += model.Horizon * BlockAccumulator.SeriesPerMonth(model.Markets[m].Origins.Count);
        }
        var blockSums = new double[blocks][];
        for (var b = 0; b < blocks; b++)
        {
            blockSums[b] = new double[totalSeries];
        }
        BlockAccumulator? merged = null;
        var gate = new object();
        var completed = 0;
        // One worker per thread, each claiming blocks from a shared counter: a fixed, small number of histograms to merge.
        var workers = Math.Min(blocks, options.MaxThreads > 0 ? options.MaxThreads : Environment.ProcessorCount);
        var next = -1;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken };
        Parallel.For(0, workers, parallel, _ =>
        {
            var accumulator = new BlockAccumulator(model, blockSums, seriesOffset);
            var buffers = new BlockBuffers(lanes, maxOrigins, model.Horizon);
            var parameters = NewMatrix(model.Parameters.Count, lanes);
            int block;
            while ((block = Interlocked.Increment(ref next)) < blocks)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var first = (long)block * lanes;
                var runs = (int)Math.Min(lanes, options.Runs - first);
                ParameterSampler.Fill(model.Parameters, options.Seed, first, runs, parameters);
                accumulator.Block = block;
                SimulationEngine.RunBlock(model, parameters, runs, buffers, accumulator);
                options.Progress?.Invoke(Interlocked.Add(ref completed, runs));
            }
            // The first worker to finish keeps its accumulator as the total (no extra histogram to allocate and fill);
            // the others merge into it. Counts add and extremes are min/max, so the order does not change a bit.
            lock (gate)
            {
                if (merged is null)
                {
                    merged = accumulator;
                    return;
                }
                merged.Histograms.Merge(accumulator.Histograms);
                for (var i = 0; i < merged.PredicateHits.Length; i++)
                {
                    merged.PredicateHits[i] += accumulator.PredicateHits[i];
                }
            }
        });
        return Reduce(model, options, merged!, blockSums, seriesOffset);
    }

    private static MonteCarloResult Reduce(SimulationModel model, MonteCarloOptions options, BlockAccumulator merged, double[][] blockSums, int[] seriesOffset)
    {
        var totals = new double[blockSums.Length == 0 ? 0 : blockSums[0].Length];
        foreach (var row in blockSums)
        {
            for (var i = 0; i < totals.Length; i++)
            {
                totals[i] += row[i];
            }
        }
        var runs = (double)options.Runs;
        var metricCount = Metrics.All.Count;
        var months = new List<MonthQuantiles>();
        var supply = new List<OriginSupply>();
        for (var m = 0; m < model.Markets.Count; m++)
        {
            var market = model.Markets[m];
            var origins = market.Origins.Count;
            var stage = market.Stage.Name();
            for (var t = 0; t < model.Horizon; t++)
            {
                var at = seriesOffset[m] + t * BlockAccumulator.SeriesPerMonth(origins);
                var date = model.MonthDate(t + 1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
                foreach (var metric in Metrics.All)
                {
                    var series = (m * model.Horizon + t) * metricCount + (int)metric;
                    months.Add(new MonthQuantiles(t + 1, date, market.Commodity, stage, metric.Name(),
                        merged.Histograms.Quantile(series, 0.05), merged.Histograms.Quantile(series, 0.50), merged.Histograms.Quantile(series, 0.95),
                        totals[at + origins + 3 + (int)metric] / runs));
                }
                for (var k = 0; k < origins; k++)
                {
                    supply.Add(new OriginSupply(t + 1, market.Commodity, stage, market.Origins[k], totals[at + k] / runs));
                }
                supply.Add(new OriginSupply(t + 1, market.Commodity, stage, "spare", totals[at + origins] / runs));
                supply.Add(new OriginSupply(t + 1, market.Commodity, stage, "stockpile", totals[at + origins + 1] / runs));
                supply.Add(new OriginSupply(t + 1, market.Commodity, stage, "shortfall", totals[at + origins + 2] / runs));
            }
        }
        var probabilities = model.Predicates.Select((p, i) =>
        {
            var market = model.Markets[p.MarketIndex];
            var probability = merged.PredicateHits[i] / runs;
            return new PredicateProbability(p.Name, market.Commodity, market.Stage.Name(), p.Describe(market.Key),
                probability, PredicateProbability.StandardErrorOf(probability, options.Runs), merged.PredicateHits[i], options.Runs);
        }).ToList();
        return new MonteCarloResult(model, options.Runs, options.Seed, months, supply, probabilities);
    }

    private static double[][] NewMatrix(int rows, int lanes)
    {
        var matrix = new double[rows][];
        for (var i = 0; i < rows; i++)
        {
            matrix[i] = new double[lanes];
        }
        return matrix;
    }

}
