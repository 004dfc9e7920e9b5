using Lodestone.Domain.Model;

namespace Lodestone.Optimization.Model;

/// <summary>One commodity at one stage as the importer sees it: demand, origins, projects, stockpile, recycling and the cap.</summary>
/// <remarks>
/// Every quantity is in <see cref="Unit"/> per quarter; nothing is ever added across markets except money.
/// The cap reads: from <see cref="CapFrom"/> on, Σ_o c_o·used_o + Σ_p c_p·used_p ≤ Cap · (total used), with c the origin's
/// concern content and used what is consumed: purchases and output not put into stock plus stock released, each lot of
/// stock counted with the content of the origin it was bought from (see <see cref="StockpileOption"/>), so a stockpile
/// cannot launder supply of concern through the cap.
/// </remarks>
/// <param name="Concern">The supplier of concern whose share is capped.</param>
/// <param name="Demand">Demand per quarter, one entry per planning quarter, ≥ 0.</param>
/// <param name="Cap">Maximum share of the supplier of concern, 0–1; null for no cap.</param>
/// <param name="CapFrom">First quarter the cap applies ("by").</param>
/// <param name="ShortfallPenaltyUsdPerUnit">Penalty per unit of unmet demand; null makes demand a hard constraint.</param>
/// <param name="Importer">The importing country (its own output is "domestic").</param>
/// <param name="Basis">Whether the cap is on the share of all supply or of imports only.</param>
/// <param name="CapEveryCountry">Also hold every other foreign country (not aggregates such as OTH) to the same share, by its
/// direct shipments and projects: the EU CRMA's "no more than 65 % from any single third country".</param>
public sealed record PlanMarket(
    string Commodity,
    Stage Stage,
    string Unit,
    Iso3 Concern,
    IReadOnlyList<double> Demand,
    IReadOnlyList<SourceOrigin> Origins,
    IReadOnlyList<ProjectOption> Projects,
    StockpileOption? Stockpile,
    RecyclingOption? Recycling,
    double? Cap,
    Quarter CapFrom,
    double? ShortfallPenaltyUsdPerUnit,
    Iso3 Importer,
    CapBasis Basis = CapBasis.Supply,
    bool CapEveryCountry = false)
{
    /// <summary>Whether volume from <paramref name="country"/> enters the cap's share (domestic volume does not on an imports basis).</summary>
    public bool Counts(Iso3 country) => Basis == CapBasis.Supply || country != Importer;

    /// <summary>Whether recycled volume enters the cap's share.</summary>
    public bool CountsRecycling => Basis == CapBasis.Supply;

    /// <summary>"rare earths (refining)".</summary>
    public string Label => Commodity + " (" + Stage.Name() + ")";
}
