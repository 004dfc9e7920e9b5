using System.Collections.Concurrent;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Queries.Claims;
using Lodestone.Simulation.Scenarios;

namespace Lodestone.Web.Hosting;

/// <summary>Answers to the claims question already computed for the snapshot in force, by request (claim, runs, seed).</summary>
/// <remarks>
/// Evaluating the tracked claims runs three Monte Carlo models per claim, so it is computed once per dataset snapshot and
/// request, like <see cref="BriefCache"/>: an answer is a pure function of those (the claims file and scenarios ship with the
/// binaries). Concurrent first requests share one computation; a failed one is not kept. At most <see cref="Capacity"/>
/// entries per snapshot.
/// </remarks>
public sealed class ClaimsCache(ScenarioLibrary library)
{
    public const int Capacity = 16;

    private Snapshot _state = new(null, new ConcurrentDictionary<ClaimsRequest, Lazy<Task<ClaimsJson>>>());
    private int _computed;

    /// <summary>Number of answers actually computed (not served from the cache); for tests and diagnostics.</summary>
    public int Computed => Volatile.Read(ref _computed);

    public Task<ClaimsJson> GetOrEvaluate(Dataset dataset, ClaimsRequest request)
    {
        var state = Volatile.Read(ref _state);
        if (!ReferenceEquals(state.Dataset, dataset))
        {
            state = new Snapshot(dataset, new ConcurrentDictionary<ClaimsRequest, Lazy<Task<ClaimsJson>>>());
            Volatile.Write(ref _state, state);
        }
        if (state.Entries.TryGetValue(request, out var cached))
        {
            return cached.Value;
        }
        var fresh = new Lazy<Task<ClaimsJson>>(() => Task.Run(() => Evaluate(dataset, request)));
        if (state.Entries.Count >= Capacity)
        {
            return fresh.Value;
        }
        var entry = state.Entries.GetOrAdd(request, fresh);
        var task = entry.Value;
        _ = task.ContinueWith(t => state.Entries.TryRemove(new KeyValuePair<ClaimsRequest, Lazy<Task<ClaimsJson>>>(request, entry)),
            CancellationToken.None, TaskContinuationOptions.NotOnRanToCompletion, TaskScheduler.Default);
        return task;
    }

    private ClaimsJson Evaluate(Dataset dataset, ClaimsRequest request)
    {
        Interlocked.Increment(ref _computed);
        // One core stays free for the requests the server keeps answering meanwhile; the answer does not depend on threads.
        return ClaimsQuestion.Answer(dataset, request, library, Math.Max(1, Environment.ProcessorCount - 1));
    }

    private sealed record Snapshot(Dataset? Dataset, ConcurrentDictionary<ClaimsRequest, Lazy<Task<ClaimsJson>>> Entries);
}
