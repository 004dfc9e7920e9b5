using Lodestone.Domain.Model;

namespace Lodestone.Queries.Countries;

/// <summary>A checked country question: the country, the date control statuses are judged on, and the vintage its stage
/// shares are read for (<c>Vintages</c>: requested, else the newest complete year).</summary>
public sealed record CountryRequest(Country Country, DateOnly AsOf, int? Year = null);
