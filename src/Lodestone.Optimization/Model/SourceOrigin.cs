using Lodestone.Domain.Model;

namespace Lodestone.Optimization.Model;

/// <summary>A country (or an aggregate such as "other countries") the importer can source from in one market.</summary>
/// <remarks>
/// Quantities are in the market's unit per quarter. <see cref="BaselineCapacity"/> is what the importer already
/// buys there (its import share times demand); <see cref="OfftakeCapacity"/> is what a new offtake contract can add
/// (the origin's spare capacity). Both arrays have one entry per planning quarter and hold the capacity before
/// <see cref="Restrictions"/> (export controls in force, partner-only limits) remove some of it: the solver applies
/// them, and the infeasibility analysis can lift them one group at a time.
/// </remarks>
/// <param name="Code">ISO3 code or an aggregate (OTH).</param>
/// <param name="Name">Display name.</param>
/// <param name="BaselineCapacity">Existing flow available each quarter, ≥ 0.</param>
/// <param name="OfftakeCapacity">New-offtake volume available each quarter, ≥ 0.</param>
/// <param name="PriceUsdPerUnit">Delivered price from this origin; null when no sourced price exists (cost then reported as missing).</param>
/// <param name="OfftakePremiumUsdPerUnit">Extra price of new offtake over the spot price, ≥ 0.</param>
/// <param name="RiskPerUnit">Governance risk weight per unit sourced, 0–1 (1 = origin of concern or a country with a control in force).</param>
/// <param name="ConcernContent">Fraction of this origin's supply that traces back to the supplier of concern, 0–1 (1 for the supplier itself under direct shares).</param>
public sealed record SourceOrigin(
    Iso3 Code,
    string Name,
    IReadOnlyList<double> BaselineCapacity,
    IReadOnlyList<double> OfftakeCapacity,
    double? PriceUsdPerUnit,
    double OfftakePremiumUsdPerUnit,
    double RiskPerUnit,
    double ConcernContent,
    IReadOnlyList<Restriction> Restrictions)
{
    /// <summary>Baseline available in quarter <paramref name="index"/> of <paramref name="quarter"/> once the active restrictions apply.</summary>
    public double BaselineIn(int index, Quarter quarter, Func<Restriction, bool> active) =>
        Restrictions.Any(r => r.BlocksBaseline && r.Covers(quarter) && active(r)) ? 0 : BaselineCapacity[index];

    /// <summary>New offtake available in quarter <paramref name="index"/> once the active restrictions apply.</summary>
    public double OfftakeIn(int index, Quarter quarter, Func<Restriction, bool> active) =>
        Restrictions.Any(r => r.BlocksOfftake && r.Covers(quarter) && active(r)) ? 0 : OfftakeCapacity[index];
}
