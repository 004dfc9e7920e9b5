using System.Security.Cryptography;
using Lodestone.Simulation.Distributions;

namespace Lodestone.Simulation.Replays;

/// <summary>Runs a plan's replay in blocks of <see cref="BlockRuns"/> runs. Draw j of run r is F_j⁻¹(U(h(seed, r), j))
/// from
/// <see cref="CounterRandom"/>, so a run depends only on (seed, r); a block sums its runs' shortfalls in run order and
/// <see cref="ReplayMerge"/> adds the blocks in block order, so the report is the same bits whatever ran the
/// blocks.</summary>
public static class ReplayRunner
{
    /// <summary>Runs per block.</summary>
    public const int BlockRuns = 256;

    /// <summary>Blocks of a replay of <paramref name="runs"/> runs (the last may be partial).</summary>
    public static int BlockCount(int runs) => (int)(((long)runs + BlockRuns - 1) / BlockRuns);

    /// <summary>The whole replay on up to <paramref name="maxThreads"/> threads (−1: all cores); the report does not
    /// depend on it.</summary>
    public static ReplayReport Run(ReplayModel model, int runs, ulong seed, int maxThreads = -1,
        CancellationToken cancellationToken = default)
    {
        var blocks = BlockCount(runs);
        var partials = new ReplayPartial[blocks];
        var options = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = maxThreads,
        };
        Parallel.For(0, blocks, options, b => partials[b] = RunBlocks(model, seed, runs, b, 1));
        var merge = new ReplayMerge(model, runs, seed);
        foreach (var partial in partials)
        {
            merge.Add(partial);
        }
        return merge.Result();
    }

    /// <summary>Blocks <paramref name="firstBlock"/> … firstBlock + blockCount − 1 of a replay of <paramref
    /// name="runs"/> runs, on this thread.</summary>
    public static ReplayPartial RunBlocks(ReplayModel model, ulong seed, int runs, int firstBlock, int blockCount,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        if (firstBlock < 0 || blockCount < 0 || firstBlock + blockCount > BlockCount(runs))
        {
            throw new ArgumentOutOfRangeException(nameof(blockCount),
                $"blocks {firstBlock}+{blockCount} of a replay of {runs} runs");
        }
        var streams = model.Streams;
        var markets = model.Markets;
        var draws = new double[streams.Count];
        var sums = new double[blockCount * markets.Count];
        long holds = 0;
        for (var b = 0; b < blockCount; b++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var first = (long)(firstBlock + b) * BlockRuns;
            var end = Math.Min(first + BlockRuns, runs);
            for (var r = first; r < end; r++)
            {
                var runSeed = CounterRandom.RunSeed(seed, r);
                for (var j = 0; j < streams.Count; j++)
                {
                    draws[j] = streams[j].IsFixed
                        ? streams[j].InverseCdf(0.5)
                        : streams[j].InverseCdf(CounterRandom.Uniform(runSeed, j));
                }
                var all = true;
                for (var m = 0; m < markets.Count; m++)
                {
                    var (held, units) = markets[m].Run(draws);
                    all &= held;
                    sums[(b * markets.Count) + m] += units;
                }
                holds += all ? 1 : 0;
            }
        }
        return new ReplayPartial(firstBlock, blockCount, markets.Count, holds, sums);
    }

    /// <summary>SHA-256 of one encoded block from a fixed seed, with the assumptions' text: two machines that compile
    /// the replay
    /// differently (other data, other scenario, other arithmetic) disagree here before they disagree in a
    /// result.</summary>
    public static string Fingerprint(ReplayModel model)
    {
        var probe = RunBlocks(model, 0x5EED, BlockRuns, 0, 1).ToBytes();
        var words = System.Text.Encoding.UTF8.GetBytes(string.Join("\n", model.Assumptions()));
        return Convert.ToHexString(SHA256.HashData([.. probe, .. words]));
    }
}
