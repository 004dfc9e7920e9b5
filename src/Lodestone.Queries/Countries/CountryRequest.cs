using Lodestone.Domain.Model;

namespace Lodestone.Queries.Countries;

/// <summary>A checked country question: the country and the date control statuses are judged on.</summary>
public sealed record CountryRequest(Country Country, DateOnly AsOf);
