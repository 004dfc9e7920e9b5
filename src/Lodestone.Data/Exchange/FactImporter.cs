using Lodestone.Data.Loading;
using Lodestone.Data.Storage;
using Lodestone.Domain.Errors;

namespace Lodestone.Data.Exchange;

/// <summary>Validates fact files against the reference catalogues and writes them to a store, all or nothing.</summary>
public static class FactImporter
{
    /// <summary>Reads and validates a fact file or a folder of them; writes nothing.</summary>
    /// <exception cref="DataValidationException">Every problem found, each as file:line:field.</exception>
    public static FactSet Validate(string path, ReferenceData reference)
    {
        var files = FilesIn(path);
        var issues = new IssueLog();
        var facts = DatasetLoader.LoadFactFiles(files, reference, issues);
        issues.ThrowIfAny();
        return facts;
    }

    /// <summary>Everything <see cref="ImportAsync"/> checks (files, and keys against the store), writing nothing.</summary>
    /// <returns>Rows an import would write per table.</returns>
    public static Task<IReadOnlyDictionary<string, int>> CheckAsync(IKnowledgeStore store, ReferenceData reference, string path,
        bool replace, CancellationToken cancellationToken) =>
        RunAsync(store, reference, path, (facts, ct) => store.CheckImportAsync(facts, replace, ct), cancellationToken);

    /// <summary>Validates <paramref name="path"/> and adds its facts to <paramref name="store"/> in one transaction.</summary>
    /// <param name="replace">Replace the store's whole content instead of adding to it.</param>
    /// <returns>Rows written per table.</returns>
    /// <exception cref="DataValidationException">Invalid files, or facts already in the store (with their file line); nothing is written.</exception>
    public static Task<IReadOnlyDictionary<string, int>> ImportAsync(IKnowledgeStore store, ReferenceData reference, string path,
        bool replace, CancellationToken cancellationToken) =>
        RunAsync(store, reference, path, (facts, ct) => replace ? store.ReplaceAllAsync(facts, ct) : store.ImportAsync(facts, ct), cancellationToken);

    private static async Task<IReadOnlyDictionary<string, int>> RunAsync(IKnowledgeStore store, ReferenceData reference, string path,
        Func<FactSet, CancellationToken, Task<IReadOnlyDictionary<string, int>>> write, CancellationToken cancellationToken)
    {
        var facts = Validate(path, reference);
        try
        {
            return await write(facts, cancellationToken);
        }
        catch (DuplicateKeyException e)
        {
            var lines = FactLocator.Lines(FilesIn(path), reference);
            throw new DataValidationException(e.ToIssues(d => lines.GetValueOrDefault((d.Table, d.Key))));
        }
    }

    private static IReadOnlyList<string> FilesIn(string path)
    {
        var files = DatasetLoader.FactFilesIn(path, includeCompanion: false);
        if (files.Count == 0)
        {
            throw new DataValidationException([new DataIssue(path, 0, null,
                "no fact files here: expected one or more of " + string.Join(", ", FactFiles.Columns.Keys))]);
        }
        return files;
    }
}
