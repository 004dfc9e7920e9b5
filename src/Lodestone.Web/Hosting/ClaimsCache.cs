using System.Collections.Concurrent;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Simulation.Claims;
using Lodestone.Simulation.MonteCarlo;
using Lodestone.Web.Simulations;

namespace Lodestone.Web.Hosting;

/// <summary>Claim evaluations already computed for the snapshot in force, by runs and seed.</summary>
/// <remarks>
/// Evaluating the tracked claims runs two Monte Carlo models per claim, so it is computed once per dataset snapshot,
/// run count and seed, like <see cref="BriefCache"/>: an evaluation is a pure function of those (the claims file and
/// scenarios ship with the binaries). Concurrent first requests share one computation; a failed one is not kept.
/// At most <see cref="Capacity"/> entries per snapshot.
/// </remarks>
public sealed class ClaimsCache(ScenarioLibrary library)
{
    public const int Capacity = 16;
    public const int DefaultRuns = 1000;
    public const int MinRuns = 100;
    public const int MaxRuns = 20_000;

    private Snapshot _state = new(null, new ConcurrentDictionary<(int, ulong), Lazy<Task<IReadOnlyList<ClaimEvaluation>>>>());
    private int _computed;

    /// <summary>Number of evaluations actually computed (not served from the cache); for tests and diagnostics.</summary>
    public int Computed => Volatile.Read(ref _computed);

    public Task<IReadOnlyList<ClaimEvaluation>> GetOrEvaluate(Dataset dataset, int runs, ulong seed)
    {
        var state = Volatile.Read(ref _state);
        if (!ReferenceEquals(state.Dataset, dataset))
        {
            state = new Snapshot(dataset, new ConcurrentDictionary<(int, ulong), Lazy<Task<IReadOnlyList<ClaimEvaluation>>>>());
            Volatile.Write(ref _state, state);
        }
        var key = (runs, seed);
        if (state.Entries.TryGetValue(key, out var cached))
        {
            return cached.Value;
        }
        var fresh = new Lazy<Task<IReadOnlyList<ClaimEvaluation>>>(() => Task.Run(() => Evaluate(dataset, runs, seed)));
        if (state.Entries.Count >= Capacity)
        {
            return fresh.Value;
        }
        var entry = state.Entries.GetOrAdd(key, fresh);
        var task = entry.Value;
        _ = task.ContinueWith(t => state.Entries.TryRemove(new KeyValuePair<(int, ulong), Lazy<Task<IReadOnlyList<ClaimEvaluation>>>>(key, entry)),
            CancellationToken.None, TaskContinuationOptions.NotOnRanToCompletion, TaskScheduler.Default);
        return task;
    }

    private IReadOnlyList<ClaimEvaluation> Evaluate(Dataset dataset, int runs, ulong seed)
    {
        Interlocked.Increment(ref _computed);
        var options = new MonteCarloOptions(runs, seed, Math.Max(1, Environment.ProcessorCount - 1));
        return library.Claims()
            .Select(c => ClaimEvaluator.Evaluate(c, library.ReadShipped(c.Scenario), dataset, library.Compile(dataset), options))
            .ToList();
    }

    private sealed record Snapshot(Dataset? Dataset, ConcurrentDictionary<(int, ulong), Lazy<Task<IReadOnlyList<ClaimEvaluation>>>> Entries);
}
