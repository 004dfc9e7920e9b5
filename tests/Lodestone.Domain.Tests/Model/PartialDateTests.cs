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

    [Fact]
    public void Year_DefaultValue_ThrowsSayingItIsNoDate()
    {
        // Given a PartialDate nobody built: year 0, which the constructor rejects
        var unset = default(PartialDate);

        // When its year or range is read, Then it does not pass as the year 0
        var error = Assert.Throws<InvalidOperationException>(() => unset.Year);
        Assert.Contains("default(PartialDate) is no date", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => unset.Earliest);
        Assert.Throws<InvalidOperationException>(() => unset < new PartialDate(2025));
        Assert.Equal("", unset.ToString()); // never "0000"
    }

    [Theory]
    [InlineData(1799, null, null)] // Why: before the range sources are read for
    [InlineData(2025, 13, null)]   // Why: no thirteenth month
    [InlineData(2025, 2, 29)]      // Why: 2025 is no leap year
    [InlineData(2025, null, 6)]    // Why: a day without a month
    public void Constructor_ImpossibleDate_Rejected(int year, int? month, int? day)
    {
        Assert.ThrowsAny<ArgumentException>(() => new PartialDate(year, month, day));
    }

    [Fact]
    public void BuiltValue_KeepsYearOrderAndText()
    {
        // Given the same month to two precisions
        var month = new PartialDate(2025, 11);
        var day = new PartialDate(2025, 11, 6);

        // Then valid values behave as before: 2025-11 sorts with 2025-11-01, before the 6th
        Assert.Equal(2025, month.Year);
        Assert.True(month < day);
        Assert.Equal("2025-11", month.ToString());
        Assert.Equal(new DateOnly(2025, 11, 30), month.Latest);
    }
}
