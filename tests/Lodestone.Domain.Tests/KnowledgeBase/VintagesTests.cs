using Lodestone.Domain.KnowledgeBase;
using Lodestone.Testing;

namespace Lodestone.Domain.Tests.KnowledgeBase;

/// <summary>The vintage rule (issue 11): which years the shipped data cover and which is complete.</summary>
public class VintagesTests
{
    [Fact]
    public void NewestComplete_DefaultData_Is2024()
    {
        // MCS 2025 data release (data/usgs/): PROD_2023 and PROD_EST_ 2024 columns, salient NIR 2020–2024; the MCS 2026 rows of
        // usgs_mcs_us_trade.csv add NIR for 2025e only (no 2025 production), so 2025 is incomplete.
        var data = DefaultData.Dataset;

        Assert.Equal(2024, Vintages.NewestComplete(data));
        Assert.True(Vintages.IsComplete(data, 2023));
        Assert.False(Vintages.IsComplete(data, 2025));
        Assert.Contains(2025, Vintages.Years(data));
    }

    [Theory]
    [InlineData(2024, 2024, null)]
    [InlineData(2022, 2024, "2022 (latest available)")]
    [InlineData(2025, 2024, "2025 (after 2024)")]
    public void Mark_YearAgainstVintage_NullOnlyForTheSameYear(int year, int vintage, string? expected) =>
        Assert.Equal(expected, Vintages.Mark(year, vintage));

    [Theory]
    // USGS writes periods with a two-digit end ("2021-24"), an en dash, or a single year (EIA uranium "2023").
    [InlineData("2021-24", 2024)]
    [InlineData("2020–23", 2023)]
    [InlineData("2023", 2023)]
    [InlineData("n/a", 0)]
    public void PeriodEnd_UsgsPeriods_LastYearCovered(string period, int end) => Assert.Equal(end, Vintages.PeriodEnd(period));
}
