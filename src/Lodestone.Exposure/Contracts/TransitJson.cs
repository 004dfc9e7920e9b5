namespace Lodestone.Exposure.Contracts;

/// <summary>Imports crossing a transit country: lower and upper bounds of the share (0–1) and the routes.</summary>
/// <param name="TransitCountry">The country crossed, ISO 3166-1 alpha-3.</param>
/// <param name="Lower">Share of the importer's imports certain to cross it given the known route shares, 0–1.</param>
/// <param name="Upper">Share that may cross it when routes with unknown shares are counted in full, 0–1.</param>
/// <param name="Routes">The routes used ("KAZ-U-NORTH 89.1 % (declared assumption)").</param>
public sealed record TransitJson(string TransitCountry, double Lower, double Upper, IReadOnlyList<string> Routes);
