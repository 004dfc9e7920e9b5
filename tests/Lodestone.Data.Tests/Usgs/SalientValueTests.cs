using Lodestone.Data.Usgs;

namespace Lodestone.Data.Tests.Usgs;

public class SalientValueTests
{
    public static TheoryData<string, SalientValueKind, double?> Cells => new()
    {
        // U+2212 MINUS SIGN in niobium and tantalum government shipments ("−88", "−16")
        { "\u221288", SalientValueKind.Number, -88 },
        // ASCII minus in tin
        { "-7", SalientValueKind.Number, -7 },
        // plain and decimal numbers
        { "22400", SalientValueKind.Number, 22400 },
        { "2.67", SalientValueKind.Number, 2.67 },
        // ranges in NIR columns
        { ">50", SalientValueKind.GreaterThan, 50 },
        { "<25", SalientValueKind.LessThan, 25 },
        // zirconium's quoted "<100,000" (the parser has already removed the quotes)
        { "<100,000", SalientValueKind.LessThan, 100000 },
        // markers, padded as in bismuth ("    NA", " NA")
        { "    NA", SalientValueKind.NotAvailable, null },
        { "W", SalientValueKind.Withheld, null },
        { "E", SalientValueKind.NetExporter, null },
        // vanadium metal imports
        { "Less than ½ unit.", SalientValueKind.LessThanHalfUnit, null },
        // blank is no figure, not zero
        { "", SalientValueKind.Blank, null },
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public void TryParse_PublishedCell_GivesItsKindAndNumber(string cell, SalientValueKind kind, double? number)
    {
        Assert.True(SalientValue.TryParse(cell, out var value));
        Assert.Equal((kind, number), (value.Kind, value.Number));
    }

    [Theory]
    // letters, misplaced separators and bare signs are not values
    [InlineData("abc")]
    [InlineData("1,86")]
    [InlineData(">")]
    [InlineData("5%")]
    public void TryParse_Garbage_Fails(string cell)
    {
        Assert.False(SalientValue.TryParse(cell, out _));
    }
}
