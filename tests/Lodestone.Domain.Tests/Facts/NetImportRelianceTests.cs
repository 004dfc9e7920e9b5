using Lodestone.Domain.Facts;

namespace Lodestone.Domain.Tests.Facts;

public class NetImportRelianceTests
{
    [Theory]
    [InlineData(NirKind.Exact, null)]          // an exact figure without its number
    [InlineData(NirKind.GreaterThan, null)]    // ">" without its bound
    [InlineData(NirKind.LessThan, null)]       // "<" without its bound
    [InlineData(NirKind.Exact, -0.5)]          // below 0 %
    [InlineData(NirKind.GreaterThan, 100.5)]   // above 100 %
    [InlineData(NirKind.Exact, double.NaN)]    // NaN passes neither bound check by comparison alone
    [InlineData(NirKind.NetExporter, 0.0)]     // "E" is published without a number
    [InlineData(NirKind.Withheld, 40.0)]       // "W" hides the number, so it cannot carry one
    [InlineData(NirKind.NotAvailable, 10.0)]   // "NA" has no number
    [InlineData((NirKind)42, null)]            // not a kind at all
    public void Constructor_InvalidKindAndPercent_Throws(NirKind kind, double? percent)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new NetImportReliance(kind, percent));
    }

    [Theory]
    [InlineData(NirKind.Exact, 0.0, 0.0, 0.0)]             // the lowest exact figure
    [InlineData(NirKind.Exact, 100.0, 100.0, 100.0)]       // the highest
    [InlineData(NirKind.GreaterThan, 50.0, 50.0, 100.0)]   // ">50": more than half, up to all
    [InlineData(NirKind.LessThan, 25.0, 0.0, 25.0)]        // "<25": none up to a quarter
    [InlineData(NirKind.NetExporter, null, 0.0, 0.0)]      // "E": no reliance at all
    [InlineData(NirKind.Withheld, null, null, null)]       // "W": unknown, never zero
    public void Constructor_ValidKindAndPercent_GivesTheInterval(NirKind kind, double? percent, double? lower, double? upper)
    {
        var nir = new NetImportReliance(kind, percent);

        Assert.Equal((kind, percent), (nir.Kind, nir.Percent));
        Assert.Equal((lower, upper), (nir.Lower, nir.Upper));
    }

    [Fact]
    public void Default_IsNotAvailable()
    {
        // A default value (an array slot, an unset field) must read as "not available", not as an exact figure without a number.
        var nir = default(NetImportReliance);

        Assert.Equal(NirKind.NotAvailable, nir.Kind);
        Assert.Null(nir.Lower);
        Assert.Equal("NA", nir.ToString());
    }

    [Theory]
    [InlineData("120")]   // above 100 %
    [InlineData(">-5")]   // a negative bound
    [InlineData("NaN")]   // parses as a double, is not a percentage
    [InlineData("<")]     // a bound without its number
    public void TryParse_OutOfRangeOrIncomplete_Fails(string text)
    {
        Assert.False(NetImportReliance.TryParse(text, out _));
    }
}
