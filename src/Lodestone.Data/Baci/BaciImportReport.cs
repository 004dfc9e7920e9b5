using Lodestone.Data.Storage;
using Lodestone.Domain.Model;
using Lodestone.Domain.Trade;

namespace Lodestone.Data.Baci;

/// <summary>What <c>data import-baci</c> read and wrote.</summary>
/// <param name="Release">The release imported.</param>
/// <param name="Source">The citation every imported flow carries.</param>
/// <param name="Files">The trade files read, in order.</param>
/// <param name="CountryTable">Where BACI's numeric country codes were read from.</param>
/// <param name="Written">Flows written (or, in a dry run, that would be).</param>
/// <param name="DryRun">True when nothing was written on purpose.</param>
/// <param name="Tally">Rows, missing quantities, padded codes, aggregates, years and flows per code.</param>
/// <param name="Mapped">Codes <c>reference/hs_codes.csv</c> maps in this release's revision, with their flows: these
/// reach the snapshot.</param>
/// <param name="Unmapped">Codes with flows that no row of <c>hs_codes.csv</c> maps in this revision and that are not
/// kept through <c>hs_concordance.csv</c>, most flows first,
/// with the release's product description when it has a product table.</param>
/// <param name="Replaced">Per year the files hold, the stored flows of this release's HS revision and that year the
/// import replaced (or, in a dry run, would replace).</param>
/// <param name="AllCodes">True when every code's flows were kept (<c>--all-codes</c>); false when only the mapped
/// codes' were and the <see cref="Unmapped"/> rows were skipped.</param>
public sealed record BaciImportReport(
    BaciRelease Release,
    Source Source,
    IReadOnlyList<string> Files,
    string CountryTable,
    long Written,
    bool DryRun,
    BaciTally Tally,
    IReadOnlyList<(HsCode Code, long Flows)> Mapped,
    IReadOnlyList<(string Hs6, long Flows, string? Description)> Unmapped,
    IReadOnlyList<ReplacedTradeFlows> Replaced,
    bool AllCodes)
{
    /// <summary>The unmapped rows per HS heading (four digits: 2846 rare-earth compounds), most rows first: what a
    /// default import skipped, or what an <c>--all-codes</c> import stored without a mapping.</summary>
    public IReadOnlyList<(string Heading, int Codes, long Rows)> UnmappedByHeading =>
        Unmapped.GroupBy(u => u.Hs6[..4], StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(), g.Sum(u => u.Flows)))
            .OrderByDescending(h => h.Item3).ThenBy(h => h.Key, StringComparer.Ordinal).ToList();

    /// <summary>Codes of a release in another HS revision that <c>hs_concordance.csv</c> links to mapped HS17 codes,
    /// with their rows; empty for an HS17 release. Kept ones were written (stored in their own revision and
    /// code).</summary>
    public IReadOnlyList<(ConcordedCode Code, long Flows)> Concorded { get; init; } = [];

    /// <summary>Stored flows replaced over every year.</summary>
    public long ReplacedFlows => Replaced.Sum(r => r.Flows);
}
