using Lodestone.Domain.Facts;

namespace Lodestone.Data.Usgs;

/// <summary>A reserves fact with the series it was published under.</summary>
/// <remarks><see cref="ReserveFact"/> has no series, yet titanium reserves come as ilmenite and rutile rows for one country;
/// the importer keeps the series here so the two stay distinguishable (and names it in the fact's note).</remarks>
public sealed record UsgsReserveFact(string Series, ReserveFact Fact);
