using Lodestone.Data.Usgs;

namespace Lodestone.Data.Tests.Usgs;

public class UsgsQuantityTests
{
    [Theory]
    // plain integer as in most cells
    [InlineData("1860", 1860, false)]
    // silver's unrounded world total
    [InlineData("25476", 25476, false)]
    // lower bounds from RESERVES_2024: unquoted and niobium's quoted, comma-grouped form
    [InlineData(">2000000", 2000000, true)]
    [InlineData(">17,000,000", 17000000, true)]
    public void TryParse_PublishedFigure_GivesValueAndBound(string cell, double value, bool lowerBound)
    {
        Assert.True(UsgsQuantity.TryParse(cell, out var quantity));
        Assert.Equal((value, lowerBound), (quantity.Value, quantity.IsLowerBound));
    }

    [Theory]
    // markers belong in the notes columns; a negative or badly grouped figure is an error, never a guess
    [InlineData("W")]
    [InlineData("NA")]
    [InlineData("-5")]
    [InlineData("1,86")]
    [InlineData("<25")]
    public void TryParse_NotAFigure_Fails(string cell)
    {
        Assert.False(UsgsQuantity.TryParse(cell, out _));
    }
}
