namespace Lodestone.Exposure.Contracts;

/// <summary>Imports crossing a transit country: lower and upper bounds of the share (0–1) and the routes.</summary>
public sealed record TransitJson(string TransitCountry, double Lower, double Upper, IReadOnlyList<string> Routes);
