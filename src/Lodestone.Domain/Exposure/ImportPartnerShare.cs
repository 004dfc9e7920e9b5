using Lodestone.Domain.Model;

namespace Lodestone.Domain.Exposure;

/// <summary>One partner's share of an importer's imports of a commodity (0–1).</summary>
/// <param name="Partner">The partner; <c>OTH</c> for USGS's "other countries".</param>
public sealed record ImportPartnerShare(Iso3 Partner, double Share);
