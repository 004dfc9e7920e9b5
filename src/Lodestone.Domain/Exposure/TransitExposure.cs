using Lodestone.Domain.Model;

namespace Lodestone.Domain.Exposure;

/// <summary>Share of an importer's imports that cross a transit country on the way from landlocked suppliers.</summary>
/// <param name="Lower">Share certain to cross it given the known route shares (0–1).</param>
/// <param name="Upper">Share that may cross it when routes with unknown shares are counted in full.</param>
/// <param name="Routes">The routes used ("KAZ-U-NORTH 89.1 % (declared assumption)").</param>
public sealed record TransitExposure(Iso3 TransitCountry, double Lower, double Upper, IReadOnlyList<string> Routes)
{
    /// <summary>True when the bounds meet (to 1e-12): every route share used is known.</summary>
    public bool IsExact => Math.Abs(Upper - Lower) < 1e-12;
}
