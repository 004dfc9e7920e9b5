using System.Collections.Concurrent;
using Lodestone.Domain.Brief;
using Lodestone.Domain.KnowledgeBase;

namespace Lodestone.Web.Hosting;

/// <summary>Briefs already computed for the snapshot in force, by request.</summary>
/// <remarks>
/// A brief is a pure function of the dataset and the request, and the dataset is immutable, so a computed brief
/// stays right until the snapshot is swapped; then the cache starts empty. At most <see cref="Capacity"/> entries
/// per snapshot (the as-of date varies per day, so the key space is small in practice).
/// </remarks>
internal sealed class BriefCache
{
    public const int Capacity = 256;

    private Snapshot _state = new(null, new ConcurrentDictionary<BriefRequest, DependencyBrief>());

    public DependencyBrief GetOrCompute(Dataset dataset, BriefRequest request)
    {
        var state = Volatile.Read(ref _state);
        if (!ReferenceEquals(state.Dataset, dataset))
        {
            state = new Snapshot(dataset, new ConcurrentDictionary<BriefRequest, DependencyBrief>());
            Volatile.Write(ref _state, state);
        }
        if (state.Entries.TryGetValue(request, out var brief))
        {
            return brief;
        }
        brief = BriefCalculator.Compute(dataset, request);
        if (state.Entries.Count < Capacity)
        {
            state.Entries.TryAdd(request, brief);
        }
        return brief;
    }

    private sealed record Snapshot(Dataset? Dataset, ConcurrentDictionary<BriefRequest, DependencyBrief> Entries);
}
