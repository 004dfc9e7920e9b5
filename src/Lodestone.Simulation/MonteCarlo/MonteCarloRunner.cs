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
    /// <summary>Runs <see cref="MonteCarloOptions.Runs"/> runs of <paramref name="model"/> and reduces them; the result is the same for
    /// a seed whatever the thread count.</summary>
    /// <exception cref="OperationCanceledException">Cancelled between blocks.</exception>
    public static MonteCarloResult Run(SimulationModel model, MonteCarloOptions options, CancellationToken cancellationToken = default)
    {
        var merge = new MonteCarloMerge(model, options);
        merge.Add(RunBlocks(model, options, 0, BlockCount(options), cancellationToken));
        return merge.Result();
    }

    /// <summary>Consecutive blocks a worker claims and runs market by market (see <see cref="RunBlocks"/>).</summary>
    private const int GroupBlocks = 4;

    /// <summary>Runs (SIMD lanes, a multiple of the vector width) simulated together in one block.</summary>
    public static int Lanes(MonteCarloOptions options)
    {
        var width = Vector<double>.Count;
        return (options.BlockSize + width - 1) / width * width;
    }

    /// <summary>Blocks of <see cref="Lanes"/> runs that <paramref name="options"/>' runs split into (the last may be short).</summary>
    public static int BlockCount(MonteCarloOptions options)
    {
        if (options.Runs < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "at least one run is needed");
        }
        var lanes = Lanes(options);
        return (int)(((long)options.Runs + lanes - 1) / lanes);
    }

    /// <summary>Runs blocks <paramref name="firstBlock"/> … firstBlock + blockCount − 1 of the Monte Carlo that <paramref name="options"/>
    /// describes, on up to <see cref="MonteCarloOptions.MaxThreads"/> threads.</summary>
    /// <remarks>A block's runs and draws depend only on the seed and the block's index, so any split of the blocks into ranges, run
    /// anywhere and merged by <see cref="MonteCarloMerge"/>, gives the result of <see cref="Run"/> bit for bit.</remarks>
    public static MonteCarloPartial RunBlocks(SimulationModel model, MonteCarloOptions options, int firstBlock, int blockCount, CancellationToken cancellationToken = default)
    {
        var blocks = BlockCount(options);
        if (firstBlock < 0 || blockCount < 1 || firstBlock > blocks - blockCount)
        {
            throw new ArgumentOutOfRangeException(nameof(blockCount), $"blocks {firstBlock}+{blockCount} are not within the {blocks} blocks of {options.Runs} runs");
        }
        var lanes = Lanes(options);
        var maxOrigins = Math.Max(1, model.Markets.Select(m => m.Origins.Count).DefaultIfEmpty(1).Max());
        var seriesOffset = SeriesOffsets(model, out var totalSeries);
        var blockSums = NewMatrix(blockCount, totalSeries);
        BlockAccumulator? merged = null;
        var gate = new object();
        var completed = 0;
        // One worker per thread, each claiming groups of consecutive blocks from a shared counter: a fixed, small number of histograms
        // to merge. A worker runs a group market by market, block after block, so the histogram bins of one market's months are met
        // again while they are still in cache (all markets' bins, 24 MB for the benchmark model, are far larger than a core's cache).
        // Each block still writes its own row of sums and counts are order-free, so the grouping changes no bit.
        var groups = (blockCount + GroupBlocks - 1) / GroupBlocks;
        var workers = Math.Min(groups, options.MaxThreads > 0 ? options.MaxThreads : Environment.ProcessorCount);
        var next = -1;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken };
        Parallel.For(0, workers, parallel, _ =>
        {
            var accumulator = new BlockAccumulator(model, blockSums, seriesOffset);
            var buffers = new BlockBuffers(lanes, maxOrigins, model.Horizon);
            var parameters = new double[GroupBlocks][][];
            var runs = new int[GroupBlocks];
            for (var g = 0; g < GroupBlocks; g++)
            {
                parameters[g] = NewMatrix(model.Parameters.Count, lanes);
                ParameterSampler.FillFixed(model.Parameters, parameters[g]);
            }
            int group;
            while ((group = Interlocked.Increment(ref next)) < groups)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var firstIndex = group * GroupBlocks;
                var count = Math.Min(GroupBlocks, blockCount - firstIndex);
                var groupRuns = RunGroup(model, options, firstBlock, firstIndex, count, parameters, runs, buffers,
                    accumulator);
                options.Progress?.Invoke(Interlocked.Add(ref completed, groupRuns));
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
                MonteCarloPartial.MergeCounts(merged.Histograms, merged.PredicateHits, accumulator.Histograms, accumulator.PredicateHits);
            }
        });
        return new MonteCarloPartial(firstBlock, merged!.Histograms, merged.PredicateHits, blockSums);
    }

    /// <summary>Samples the parameters of the <paramref name="count"/> blocks from <paramref name="firstIndex"/>
    /// (within the range that starts at <paramref name="firstBlock"/>) and runs them market by market, block after
    /// block; the number of runs done.</summary>
    private static int RunGroup(SimulationModel model, MonteCarloOptions options, int firstBlock, int firstIndex,
        int count, double[][][] parameters, int[] runs, BlockBuffers buffers, BlockAccumulator accumulator)
    {
        var lanes = buffers.Lanes;
        var groupRuns = 0;
        for (var g = 0; g < count; g++)
        {
            var first = (long)(firstBlock + firstIndex + g) * lanes;
            runs[g] = (int)Math.Min(lanes, options.Runs - first);
            groupRuns += runs[g];
            ParameterSampler.FillSampled(model.Parameters, options.Seed, first, runs[g], parameters[g]);
        }
        for (var m = 0; m < model.Markets.Count; m++)
        {
            for (var g = 0; g < count; g++)
            {
                accumulator.Block = firstIndex + g;
                SimulationEngine.RunMarket(model, m, parameters[g], runs[g], buffers, accumulator);
            }
        }
        return groupRuns;
    }

    /// <summary>Where each market's per-block sums start in a block's row, and the row's length.</summary>
    internal static int[] SeriesOffsets(SimulationModel model, out int totalSeries)
    {
        var seriesOffset = new int[model.Markets.Count];
        totalSeries = 0;
        for (var m = 0; m < model.Markets.Count; m++)
        {
            seriesOffset[m] = totalSeries;
            totalSeries += model.Horizon * BlockAccumulator.SeriesPerMonth(model.Markets[m].Origins.Count);
        }
        return seriesOffset;
    }

    /// <summary>Quantiles, means and probabilities from the merged counts and the block sums added in block order.</summary>
    internal static MonteCarloResult Reduce(SimulationModel model, MonteCarloOptions options, Histogram histograms, int[] predicateHits, double[] totals)
    {
        var seriesOffset = SeriesOffsets(model, out _);
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
                        histograms.Quantile(series, 0.05), histograms.Quantile(series, 0.50), histograms.Quantile(series, 0.95),
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
            var probability = predicateHits[i] / runs;
            return new PredicateProbability(p.Name, market.Commodity, market.Stage.Name(), p.Describe(market.Key),
                probability, PredicateProbability.StandardErrorOf(probability, options.Runs), predicateHits[i], options.Runs);
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
