using Lodestone.Data.Loading;
using Lodestone.Domain.Model;

namespace Lodestone.Data.Baci;

/// <summary>What reading one release's files needs besides the text: the release, its tables, which codes to keep, and
/// where counts and problems go.</summary>
/// <param name="Release">Revision and version every flow records.</param>
/// <param name="Source">The citation every flow carries.</param>
/// <param name="Countries">BACI's numeric country codes.</param>
/// <param name="Reference">Reference data (the ISO3 matrix form reads countries and codes through it).</param>
/// <param name="Keep">The HS6 codes whose flows are kept, or null to keep every code (<c>--all-codes</c>); every row is
/// read and checked either way.</param>
/// <param name="Products">The release's product table (code → description) and its file name, or null without
/// one.</param>
/// <param name="Tally">Counts, filled as rows stream.</param>
/// <param name="Issues">Problems, as file:line:field.</param>
/// <param name="MaxIssues">Reading stops after this many problems.</param>
internal sealed record BaciReadContext(
    BaciRelease Release,
    Source Source,
    BaciCountryCodes Countries,
    ReferenceData Reference,
    IReadOnlySet<string>? Keep,
    (IReadOnlyDictionary<string, string> Codes, string File)? Products,
    BaciTally Tally,
    IssueLog Issues,
    int MaxIssues)
{
    /// <summary>The entry for one code: kept or not, listed in the product table or not.</summary>
    public BaciCode Code(string hs6) =>
        new(hs6, Keep?.Contains(hs6) ?? true, Products is not { } p || p.Codes.ContainsKey(hs6));
}
