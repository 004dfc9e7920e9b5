using Lodestone.Domain.Model;

namespace Lodestone.Optimization.Building;

/// <summary>How much of an origin's supply traces back to the supplier of concern: the seam for effective (traced) shares.</summary>
/// <remarks>
/// The planner's cap is linear in this number: Σ_o content_o · volume_o ≤ cap · Σ_o volume_o. Under direct shares
/// (<see cref="DirectConcernContent"/>) content is 1 for the supplier itself and 0 for everyone else. The exposure
/// tracer (multi-tier, proportional attribution through stage matrices) implements this interface to give, say,
/// Japanese magnets the fraction of their rare-earth oxide that came from China.
/// </remarks>
public interface IConcernContentSource
{
    /// <summary>Name shown in reports ("direct", "traced").</summary>
    string Name { get; }

    /// <summary>Fraction of <paramref name="origin"/>'s supply of <paramref name="commodity"/> at <paramref name="stage"/> that originates in <paramref name="concern"/>, 0–1.</summary>
    double ContentOf(string commodity, Stage stage, Iso3 origin, Iso3 concern);
}
