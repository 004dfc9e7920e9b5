namespace Lodestone.Data.Baci;

/// <summary>One file of a release: a CSV on disk or an entry of the release's zip, opened on demand (and again to locate a duplicate).</summary>
/// <param name="Name">What messages call it: the file name, or <c>archive.zip/entry.csv</c>.</param>
/// <param name="Open">Opens a fresh reader positioned at the start.</param>
internal sealed record BaciEntry(string Name, Func<TextReader> Open);
