using Lodestone.Data.Loading;
using Lodestone.Data.Usgs;
using Lodestone.Testing;

namespace Lodestone.Data.Tests.Usgs;

/// <summary>The shipped MCS 2025 release (data/usgs/) imported once per test process, with the reference and mapping tables.</summary>
internal static class UsgsRelease2025
{
    private static readonly Lazy<(ReferenceData Reference, UsgsMappings Mappings)> Tables = new(() =>
    {
        var issues = new IssueLog();
        var reference = DatasetLoader.LoadReference(DefaultData.Directory);
        var mappings = UsgsMappings.Load(Path.Combine(DefaultData.Directory, ReferenceLoader.Folder), reference, issues);
        issues.ThrowIfAny();
        return (reference, mappings);
    });

    private static readonly Lazy<UsgsImportResult> Cached = new(() =>
        UsgsImporter.ImportOrThrow(Path.Combine(DefaultData.Directory, "usgs"), DefaultData.Directory));

    public static UsgsImportResult Result => Cached.Value;

    public static ReferenceData Reference => Tables.Value.Reference;

    public static UsgsMappings Mappings => Tables.Value.Mappings;

    public static UsgsRelease Release => Mappings.FindRelease("MCS2025")!;
}
