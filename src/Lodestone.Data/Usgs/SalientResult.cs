using Lodestone.Domain.Facts;

namespace Lodestone.Data.Usgs;

/// <summary>What <see cref="SalientReader"/> read from one salient file.</summary>
internal sealed record SalientResult(int Rows, IReadOnlyList<NetImportRelianceFact> NetImportReliance, IReadOnlyList<SalientUsProduction> UsProduction)
{
    public static SalientResult Empty { get; } = new(0, [], []);
}
