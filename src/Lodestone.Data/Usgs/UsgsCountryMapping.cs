using Lodestone.Domain.Model;

namespace Lodestone.Data.Usgs;

/// <summary>One row of <c>data/reference/usgs_countries.csv</c>: a USGS country name and its ISO 3166-1 alpha-3 code.</summary>
/// <param name="UsgsName">The name as USGS writes it, without trailing spaces or qualifiers ("Burma", "Congo (Kinshasa)").</param>
/// <param name="Country">ISO code, or WLD for an aggregate row listed explicitly.</param>
/// <param name="Series">Series the row belongs to when it differs from its TYPE's series (the combined titanium world total), or null.</param>
internal sealed record UsgsCountryMapping(string UsgsName, Iso3 Country, string? Series);
