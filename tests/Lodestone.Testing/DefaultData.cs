using Lodestone.Data;
using Lodestone.Data.Loading;
using Lodestone.Domain.KnowledgeBase;

namespace Lodestone.Testing;

/// <summary>The shipped default dataset, loaded once per test process.</summary>
public static class DefaultData
{
    private static readonly Lazy<Dataset> Cached = new(() => DatasetLoader.LoadDirectory(DataPaths.DefaultDataDirectory));

    public static Dataset Dataset => Cached.Value;

    public static string Directory => DataPaths.DefaultDataDirectory;
}
