using Lodestone.Domain.Errors;

namespace Lodestone.Data.Storage;

/// <summary>Thrown by <see cref="IKnowledgeStore.ImportAsync"/> when facts collide with stored ones; nothing was written.</summary>
public sealed class DuplicateKeyException(IReadOnlyList<DuplicateKey> duplicates)
    : Exception(duplicates.Count == 0 ? "duplicate key" : Describe(duplicates[0]) + (duplicates.Count > 1 ? $" (and {duplicates.Count - 1} more)" : ""))
{
    public IReadOnlyList<DuplicateKey> Duplicates { get; } = duplicates;

    /// <summary>The duplicates as file-style issues; <paramref name="lineOf"/> gives each its line when the caller knows it (else 0).</summary>
    public IReadOnlyList<DataIssue> ToIssues(Func<DuplicateKey, int>? lineOf = null) =>
        Duplicates.Select(d => new DataIssue(d.File, lineOf?.Invoke(d) ?? 0, d.Field, Describe(d))).ToList();

    private static string Describe(DuplicateKey d) => $"duplicate key {d.Description}: already in the store's {d.Table} table";
}
