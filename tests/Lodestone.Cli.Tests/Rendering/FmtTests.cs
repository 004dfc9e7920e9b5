using Lodestone.Cli.Rendering;

namespace Lodestone.Cli.Tests.Rendering;

public sealed class FmtTests
{
    [Theory]
    // Kazakhstan's 40 t of a world 100,000 t of mined antimony (USGS MCS 2025): 0.04 %, not "0%"
    [InlineData(0.0004, "0.#", "<0.1%")]
    [InlineData(0.0004, "0", "<1%")]
    [InlineData(0.00004, "0.##", "<0.01%")]
    [InlineData(0.0, "0.#", "0%")]
    [InlineData(0.0006, "0.#", "0.1%")]
    [InlineData(0.596, "0", "60%")]
    public void Pct_APositiveShareTooSmallForTheFormat_IsBelowItsSmallestStep_NeverZero(double fraction, string format,
        string expected)
    {
        Assert.Equal(expected, Fmt.Pct(fraction, format));
    }

    [Fact]
    public void Pct_Missing_IsADash()
    {
        Assert.Equal("—", Fmt.Pct(null));
    }
}
