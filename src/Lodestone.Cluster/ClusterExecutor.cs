using System.Diagnostics;
using System.Globalization;
using Lodestone.Cluster.Grains;
using Lodestone.Simulation.MonteCarlo;
using Lodestone.Simulation.Replays;
using Lodestone.Simulation.Sweeps;

namespace Lodestone.Cluster;

/// <summary>Runs a sweep's work items on an Orleans cluster: one grain call per range, sent again (as a new grain) when
/// the call fails —
/// a silo killed mid-range, a timeout — up to <see cref="MaxAttempts"/> times.</summary>
/// <remarks>
/// <para>A range's answer depends only on the model, seed and blocks, so one that is run twice (the first answer lost)
/// gives the
/// same bytes; the merge takes exactly one answer per range.</para>
/// <para>A call to a silo that was killed is not failed by Orleans until the response timeout (a minute by default). So
/// a call that
/// takes more than <see cref="StragglerFactor"/> times the mean of the calls completed so far (at least
/// <see cref="MinStragglerTimeout"/>) is abandoned and its range sent again: a dead silo costs seconds, a slow one some
/// duplicate work.</para>
/// </remarks>
public sealed class ClusterExecutor(IClusterClient client, int concurrency) : IBlockRangeExecutor
{
    /// <summary>Tries per work item before the sweep fails.</summary>
    public const int MaxAttempts = 8;

    /// <summary>A call slower than this many times the mean completed call is sent again.</summary>
    public const int StragglerFactor = 8;

    /// <summary>The shortest wait before a call counts as a straggler.</summary>
    public static readonly TimeSpan MinStragglerTimeout = TimeSpan.FromSeconds(3);

    private readonly string _sweep = Guid.NewGuid().ToString("N")[..12];
    private long _completed;
    private long _completedTicks;
    private long _bytes;
    private long _retries;

    public int Concurrency { get; } = concurrency;

    /// <summary>Encoded bytes received so far (the serialisation cost, docs/performance.md).</summary>
    public long BytesReceived => Interlocked.Read(ref _bytes);

    /// <summary>Work items sent again after a failed call.</summary>
    public long Retries => Interlocked.Read(ref _retries);

    /// <summary>Called with each failure that is retried (for logs).</summary>
    public Action<string>? OnRetry { get; init; }

    public async Task<MonteCarloPartial> RunAsync(SweepCell cell, ScenarioSource source, int? horizon, SweepModels.Compiled compiled,
        int firstBlock, int blockCount, CancellationToken cancellationToken)
    {
        var request = new RangeRequest
        {
            Scenario = source.Name,
            ScenarioYaml = source.Yaml,
            Commodity = cell.Commodity,
            Horizon = horizon,
            Runs = cell.Runs,
            Seed = cell.Seed,
            FirstBlock = firstBlock,
            BlockCount = blockCount,
            Fingerprint = compiled.Fingerprint!,
        };
        var bytes = await CallAsync(request, $"{cell.Index}", cancellationToken);
        return MonteCarloPartial.FromBytes(compiled.Model!, bytes);
    }

    public async Task<ReplayPartial> RunReplayAsync(SweepPlanCell cell, ScenarioSource source, string planJson, SweepModels.CompiledReplay compiled,
        int firstBlock, int blockCount, CancellationToken cancellationToken)
    {
        var request = new RangeRequest
        {
            Scenario = source.Name,
            ScenarioYaml = source.Yaml,
            PlanJson = planJson,
            Runs = cell.Runs,
            Seed = cell.Seed,
            FirstBlock = firstBlock,
            BlockCount = blockCount,
            Fingerprint = compiled.Fingerprint,
        };
        var bytes = await CallAsync(request, $"plan{cell.Index}", cancellationToken);
        return ReplayPartial.FromBytes(bytes);
    }

    /// <summary>One work item's grain call, sent again as a new grain when it fails or straggles.</summary>
    /// <param name="cell">Names the cell in the grain key and in retry messages.</param>
    private async Task<byte[]> CallAsync(RangeRequest request, string cell, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = string.Create(CultureInfo.InvariantCulture, $"{_sweep}/{cell}/{request.FirstBlock}/{attempt}");
            try
            {
                var started = Stopwatch.GetTimestamp();
                var call = client.GetGrain<ISweepRangeGrain>(key).Run(request);
                // An abandoned call may still fail later: observe it so it is not reported as unobserved.
                _ = call.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
                var bytes = StragglerLimit() is { } limit ? await call.WaitAsync(limit, cancellationToken) : await call.WaitAsync(cancellationToken);
                Interlocked.Add(ref _completedTicks, Stopwatch.GetTimestamp() - started);
                Interlocked.Increment(ref _completed);
                Interlocked.Add(ref _bytes, bytes.Length);
                return bytes;
            }
            catch (Exception e) when (e is not (SweepRangeException or OperationCanceledException or FormatException) && attempt < MaxAttempts)
            {
                Interlocked.Increment(ref _retries);
                OnRetry?.Invoke($"cell {cell} blocks {request.FirstBlock}+{request.BlockCount}, attempt {attempt}: {e.GetType().Name}: {FirstLine(e.Message)}");
                await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt), cancellationToken);
            }
        }
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].TrimEnd();

    /// <summary>How long the next call may take before it is abandoned; none until three calls have
    /// completed.</summary>
    private TimeSpan? StragglerLimit()
    {
        var completed = Interlocked.Read(ref _completed);
        if (completed < 3)
        {
            return null;
        }
        var mean = Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _completedTicks) / completed);
        var limit = mean * StragglerFactor;
        return limit > MinStragglerTimeout ? limit : MinStragglerTimeout;
    }
}
