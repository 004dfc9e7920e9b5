using System.Collections.Concurrent;
using Lodestone.Domain.KnowledgeBase;

namespace Lodestone.Web.Hosting;

/// <summary>Answers to a Monte Carlo question already computed for the snapshot in force, by request.</summary>
/// <remarks>
/// A Monte Carlo answer costs seconds, so it is computed once per dataset snapshot and request, like <see cref="BriefCache"/>:
/// an answer is a pure function of those (the scenarios and data files the question reads ship with the binaries). Concurrent
/// first requests share one computation; a failed one is not kept. At most <see cref="Capacity"/> entries per snapshot.
/// </remarks>
/// <typeparam name="TRequest">A checked request record (value equality).</typeparam>
/// <typeparam name="TAnswer">The contract record the question returns.</typeparam>
internal abstract class AnswerCache<TRequest, TAnswer>
    where TRequest : notnull
{
    public const int Capacity = 16;

    private Snapshot _state = new(null, new ConcurrentDictionary<TRequest, Lazy<Task<TAnswer>>>());
    private int _computed;

    /// <summary>Number of answers actually computed (not served from the cache); for tests and diagnostics.</summary>
    public int Computed => Volatile.Read(ref _computed);

    public Task<TAnswer> GetOrEvaluate(Dataset dataset, TRequest request)
    {
        var state = Volatile.Read(ref _state);
        if (!ReferenceEquals(state.Dataset, dataset))
        {
            state = new Snapshot(dataset, new ConcurrentDictionary<TRequest, Lazy<Task<TAnswer>>>());
            Volatile.Write(ref _state, state);
        }
        if (state.Entries.TryGetValue(request, out var cached))
        {
            return cached.Value;
        }
        var fresh = new Lazy<Task<TAnswer>>(() => Task.Run(() =>
        {
            Interlocked.Increment(ref _computed);
            return Evaluate(dataset, request);
        }));
        if (state.Entries.Count >= Capacity)
        {
            return fresh.Value;
        }
        var entry = state.Entries.GetOrAdd(request, fresh);
        var task = entry.Value;
        _ = task.ContinueWith(t => state.Entries.TryRemove(new KeyValuePair<TRequest, Lazy<Task<TAnswer>>>(request, entry)),
            CancellationToken.None, TaskContinuationOptions.NotOnRanToCompletion, TaskScheduler.Default);
        return task;
    }

    /// <summary>Computes the answer (on a pool thread).</summary>
    protected abstract TAnswer Evaluate(Dataset dataset, TRequest request);

    private sealed record Snapshot(Dataset? Dataset, ConcurrentDictionary<TRequest, Lazy<Task<TAnswer>>> Entries);
}
