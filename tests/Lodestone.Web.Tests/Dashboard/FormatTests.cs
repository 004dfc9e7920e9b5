using Lodestone.Web.Dashboard;

namespace Lodestone.Web.Tests.Dashboard;

public sealed class FormatTests
{
    [Theory]
    // Kazakhstan's 40 t of a world 100,000 t of mined antimony (USGS MCS 2025): 0.04 %, shown as under 0.1 %
    [InlineData(0.04, "=", "<0.1 %")]
    [InlineData(0.0, "=", "0.0 %")]
    [InlineData(0.05, "=", "0.1 %")]
    [InlineData(91.3, "=", "91.3 %")]
    [InlineData(37.9, "≥", "≥37.9 %")]
    public void Percent_APositiveShareUnderAHalfTenth_IsUnderOneTenth_NeverZero(double percent, string qualifier,
        string expected)
    {
        Assert.Equal(expected, Format.Percent(percent, qualifier));
    }
}
