using Lodestone.Data.Loading;
using Lodestone.Domain.Errors;

namespace Lodestone.Data.Usgs;

/// <summary>The outcome of importing a USGS release directory.</summary>
/// <param name="Release">The edition found.</param>
/// <param name="Facts">Production (incl. capacity), reserves and net import reliance, with one source per file.</param>
/// <param name="Reserves">The reserves of <paramref name="Facts"/> with the series each was published under.</param>
/// <param name="Skipped">World-file series deliberately not imported, with reasons.</param>
/// <param name="Files">Per-file row and fact counts.</param>
/// <param name="Issues">Every problem found, as file:line:field; a file with any issue contributes no facts.</param>
public sealed record UsgsImportResult(
    UsgsRelease? Release,
    FactSet Facts,
    IReadOnlyList<UsgsReserveFact> Reserves,
    IReadOnlyList<UsgsSkippedSeries> Skipped,
    IReadOnlyList<UsgsFileSummary> Files,
    IReadOnlyList<DataIssue> Issues)
{
    /// <summary>Data rows read across all files.</summary>
    public int Rows => Files.Sum(f => f.Rows);

    /// <summary>Fact counts per canonical commodity: production, capacity, reserves and NIR facts.</summary>
    public IReadOnlyList<(string Commodity, int Production, int Capacity, int Reserves, int NetImportReliance)> CountsByCommodity() =>
        Facts.Production.Select(p => p.Commodity).Concat(Facts.Reserves.Select(r => r.Commodity)).Concat(Facts.NetImportReliance.Select(n => n.Commodity))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(c => (c,
                Facts.Production.Count(p => p.Commodity == c && p.Kind == Domain.Facts.OutputKind.Production),
                Facts.Production.Count(p => p.Commodity == c && p.Kind == Domain.Facts.OutputKind.Capacity),
                Facts.Reserves.Count(r => r.Commodity == c),
                Facts.NetImportReliance.Count(n => n.Commodity == c)))
            .ToList();
}
