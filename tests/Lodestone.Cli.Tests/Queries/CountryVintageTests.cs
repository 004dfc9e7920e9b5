using Lodestone.Domain.KnowledgeBase;
using Lodestone.Queries.Countries;
using Lodestone.Testing;

namespace Lodestone.Cli.Tests.Queries;

/// <summary>The country view reads one data year (<c>--year</c>, <c>?year=</c>) and marks a share of another year.</summary>
public sealed class CountryVintageTests
{
    private static readonly Dataset Data = DefaultData.Dataset;

    private static readonly DateOnly Today = new(2026, 12, 3);

    [Theory]
    // data/usgs_mcs_production.csv (USGS MCS 2025 data release), antimony mine production, China over the world total:
    // 2023: 62,300 / 106,000 t = 58.77 %; 2024: 60,000 / 100,000 t = 60.00 %
    [InlineData(2023, 62_300.0 / 106_000.0 * 100)]
    [InlineData(2024, 60.0)]
    public void Answer_ChinaOfAVintage_ReadsAntimonyMiningOfThatYear(int year, double expectedPct)
    {
        var profile = CountryQuestion.Answer(Data, CountryQuestion.Request(Data, "China", null, Today, year));

        var share = Assert.Single(profile.Shares, s => s is { Commodity: "antimony", Stage: "mining" });
        Assert.Equal((year, null), (share.Year, share.YearNote));
        Assert.Equal(expectedPct, share.SharePct, 6);
        Assert.Equal(year, profile.Year);
    }

    [Fact]
    public void Answer_PastVintage_MarksEveryShareOfAnotherYearAndNoneOfItsOwn()
    {
        var profile = CountryQuestion.Answer(Data, CountryQuestion.Request(Data, "CHN", null, Today, 2023));

        // Each share is of 2023 and unmarked, or of another year and says which ("2021 (latest available)", "2024 (after 2023)")
        Assert.All(profile.Shares, s => Assert.True(s.Year == 2023 ? s.YearNote is null : s.YearNote?.StartsWith(s.Year + " (", StringComparison.Ordinal) == true,
            $"{s.Commodity} {s.Stage} {s.Year}: {s.YearNote ?? "no mark"}"));
        Assert.Contains(profile.Shares, s => s.Year == 2023);
    }

    [Fact]
    public void Request_NoYear_ReadsTheNewestCompleteYear()
    {
        var profile = CountryQuestion.Answer(Data, CountryQuestion.Request(Data, "CHN", null, Today));

        // The default vintage of the shipped data is 2024 (MCS 2025: the newest year with every world total and NIR; docs/usgs-import.md)
        Assert.Equal(2024, profile.Year);
    }
}
