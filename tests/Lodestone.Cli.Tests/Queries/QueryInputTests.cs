using Lodestone.Domain.Errors;
using Lodestone.Queries;
using Lodestone.Testing;

namespace Lodestone.Cli.Tests.Queries;

public sealed class QueryInputTests
{
    [Theory]
    // Each form a user writes a country in; data/reference/countries.csv (Debian iso-codes) gives USA/US, KOR/KR, NAM/NA.
    [InlineData("USA", "USA")]                // ISO 3166-1 alpha-3
    [InlineData("us", "USA")]                 // alpha-2, any case
    [InlineData("United States", "USA")]      // display name
    [InlineData("KR", "KOR")]                 // alpha-2 of a country whose name differs from its code
    [InlineData("Korea, Republic of", "KOR")] // ISO name
    [InlineData("NA", "NAM")]                 // Namibia's alpha-2 is a code, not "not available"
    public void Country_AnyForm_ResolvesToOneCode(string text, string iso3)
    {
        // When
        var country = QueryInput.Country(DefaultData.Dataset, text, "importer");

        // Then
        Assert.Equal(iso3, country.Iso3.Code);
    }

    [Fact]
    public void Country_Unknown_NotFoundNamingTheFieldAndTheForms()
    {
        // When
        var e = Assert.Throws<LodestoneException>(() => QueryInput.Country(DefaultData.Dataset, "Atlantis", "supplier"));

        // Then: one wording everywhere, exit 4 / HTTP 404
        Assert.Equal(ErrorCode.NotFound, e.Code);
        Assert.Equal("supplier", e.Field);
        Assert.Equal("unknown country 'Atlantis' (expected " + QueryInput.CountryForms + ")", e.Message);
    }

    [Theory]
    // Names, aliases and symbols (data/reference/commodities.csv).
    [InlineData("Ga", "gallium")]
    [InlineData("natural graphite", "graphite")]
    [InlineData("Rare Earths", "rare earths")]
    public void Commodity_AnyForm_ResolvesToCanonicalName(string text, string name) =>
        Assert.Equal(name, QueryInput.Commodity(DefaultData.Dataset, text, "commodity").Name);

    [Theory]
    [InlineData("2026-13-01")] // no thirteenth month
    [InlineData("23/11/2026")] // day-first
    public void Date_Malformed_BadArguments(string text)
    {
        var e = Assert.Throws<LodestoneException>(() => QueryInput.Date(text, "as_of", new DateOnly(2026, 1, 1)));

        Assert.Equal(ErrorCode.BadArguments, e.Code);
        Assert.Equal("as_of", e.Field);
    }

    [Theory]
    // The one table: exit code, HTTP status (RFC 9110) per catalogued code.
    [InlineData(ErrorCode.BadArguments, 2, 400)]
    [InlineData(ErrorCode.InvalidData, 3, 422)]
    [InlineData(ErrorCode.NotFound, 4, 404)]
    [InlineData(ErrorCode.StorageUnavailable, 5, 503)]
    [InlineData(ErrorCode.InsufficientData, 6, 422)]
    [InlineData(ErrorCode.Conflict, 7, 409)]
    public void ErrorCodes_Table_ExitAndHttp(ErrorCode code, int exit, int http)
    {
        Assert.Equal(exit, code.ExitCode());
        Assert.Equal(http, code.HttpStatus());
    }
}
