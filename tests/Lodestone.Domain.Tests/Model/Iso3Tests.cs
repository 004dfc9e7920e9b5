using Lodestone.Domain.Model;

namespace Lodestone.Domain.Tests.Model;

public class Iso3Tests
{
    private static readonly Country China =
        new(new Iso3("CHN"), "China", "China", [], ["Chinese"], "Beijing", new HashSet<string>());

    [Fact]
    public void Code_DefaultValue_ThrowsSayingItNamesNoCountry()
    {
        // Given an Iso3 nobody built (an uninitialised field or array slot)
        var unset = default(Iso3);

        // When its code is read
        var error = Assert.Throws<InvalidOperationException>(() => unset.Code);

        // Then it does not pass as a country, and the message says why
        Assert.Contains("default(Iso3) names no country", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CountryCatalog_CountryWithDefaultCode_RejectedAsNamingNoCountry()
    {
        // Given a country record whose code was never set
        var unnamed = China with { Iso3 = default };

        // When it is catalogued, Then the catalogue refuses it with the reason (it used to fail on a null key)
        var error = Assert.Throws<InvalidOperationException>(() => new CountryCatalog([China, unnamed]));
        Assert.Contains("names no country", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CountryCatalogContains_DefaultValue_Throws_InsteadOfAnsweringForIt()
    {
        var catalog = new CountryCatalog([China]);

        Assert.Throws<InvalidOperationException>(() => catalog.Contains(default));
        Assert.True(catalog.Contains(new Iso3("CHN")));
    }

    [Theory]
    [InlineData("chn")]  // Why: the constructor takes the code as given; lower case is for TryParse
    [InlineData("CH")]   // Why: two letters is alpha-2, not alpha-3
    [InlineData("CHN ")] // Why: no trimming in the constructor
    [InlineData("C1N")]  // Why: letters only
    public void Constructor_NotThreeUpperCaseLetters_RejectedWithTheCode(string code)
    {
        var error = Assert.Throws<ArgumentException>(() => new Iso3(code));

        Assert.Contains($"'{code}' is not a three-letter upper-case code", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuiltValue_KeepsItsCodeAndEquality()
    {
        // Given two values built from the same code, and one parsed from user text
        var china = new Iso3("CHN");
        Assert.True(Iso3.TryParse(" chn", out var parsed));

        // Then valid values behave as before: the code, equality, text, aggregates
        Assert.Equal("CHN", china.Code);
        Assert.Equal(china, parsed);
        Assert.Equal("CHN", parsed.ToString());
        Assert.False(china.IsAggregate);
        Assert.True(Iso3.World.IsAggregate);
        Assert.NotEqual(default, china);
    }
}
