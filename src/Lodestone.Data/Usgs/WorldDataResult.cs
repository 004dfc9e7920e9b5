using Lodestone.Domain.Facts;

namespace Lodestone.Data.Usgs;

/// <summary>What <see cref="WorldDataReader"/> read from the world file.</summary>
/// <param name="Rows">Data rows read (padding excluded).</param>
internal sealed record WorldDataResult(
    int Rows,
    IReadOnlyList<ProductionFact> Production,
    IReadOnlyList<UsgsReserveFact> Reserves,
    IReadOnlyList<UsgsSkippedSeries> Skipped)
{
    public static WorldDataResult Empty { get; } = new(0, [], [], []);
}
