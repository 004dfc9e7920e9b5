using Lodestone.Domain.Model;

namespace Lodestone.Domain.Tests.Model;

public class PartialDateTests
{
    [Theory]
    [InlineData("2025", "2025-01-01", "2025-12-31")]   // year only: the whole year
    [InlineData("2024-02", "2024-02-01", "2024-02-29")] // leap February
    [InlineData("2025-11-06", "2025-11-06", "2025-11-06")]
    public void TryParse_ValidForms_GiveTheirRange(string text, string earliest, string latest)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), date.Earliest);
        Assert.Equal(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), date.Latest);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2025-02-30")] // impossible day
    [InlineData("2025-13")]    // impossible month
    [InlineData("25-11-06")]   // two-digit year
    [InlineData("2025/11/06")] // wrong separator
    public void TryParse_ImpossibleOrMalformed_Fails(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
    }
}
