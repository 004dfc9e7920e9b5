using Lodestone.Domain.Exposure.Tracing;
using Lodestone.Domain.Model;

namespace Lodestone.Optimization.Building;

/// <summary>How much of an origin's supply traces back to the supplier of concern: the seam for effective (traced) shares.</summary>
/// <remarks>
/// The planner's cap is linear in this number: Σ_o content_o · volume_o ≤ cap · Σ_o volume_o. Under direct shares
/// (<see cref="DirectConcernContent"/>) content is 1 for the supplier itself and 0 for everyone else. The evidence tracer
/// (<see cref="TracedConcernContent"/>, the builder's default) gives the content as bounds traced through each origin's own
/// output and recorded imports; the builder uses the high bound for a cap (what the data cannot rule out).
/// </remarks>
public interface IConcernContentSource
{
    /// <summary>Name shown in reports ("direct", "traced").</summary>
    string Name { get; }

    /// <summary>Fraction of what <paramref name="importer"/> gets from <paramref name="origin"/> of <paramref name="commodity"/> at
    /// <paramref name="stage"/> that originates in <paramref name="concern"/>, as bounds within [0, 1].</summary>
    ShareBounds ContentOf(string commodity, Stage stage, Iso3 importer, Iso3 origin, Iso3 concern);
}
