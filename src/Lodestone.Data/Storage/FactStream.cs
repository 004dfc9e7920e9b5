namespace Lodestone.Data.Storage;

/// <summary>Facts of one table read lazily while they are written (<see cref="IKnowledgeStore.WriteStreamingAsync"/>),
/// so a large file is never held in memory.</summary>
/// <param name="Table">The table the facts go to.</param>
/// <param name="Facts">Facts of <paramref name="Table"/>'s type, enumerated once, inside the write transaction.</param>
public sealed record FactStream(StoreTable Table, IEnumerable<object> Facts);
