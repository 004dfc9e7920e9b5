using Lodestone.Domain.Facts;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Tests.KnowledgeBase;

/// <summary>Which reserve estimate a view of one year reads: the newest for that year or before, else the oldest later one (marked by
/// the caller), never a mix of estimates.</summary>
public class ReserveVintageTests
{
    private static ReserveFact Estimate(int year, double value) =>
        new("antimony", new Iso3("CHN"), year, value, "t", false, null, "src");

    private static readonly ReserveFact[] TwoEditions = [Estimate(2022, 500), Estimate(2024, 670)];

    [Theory]
    [InlineData(2024, 2024)] // the view's own year
    [InlineData(2023, 2022)] // the newest before it, not the later 2024 estimate
    [InlineData(2030, 2024)] // nothing newer published: the newest
    [InlineData(2021, 2022)] // nothing before: the oldest later one, which the views mark "(after 2021)"
    public void Year_TwoEditions_NewestAtOrBeforeTheViewElseOldestAfter(int view, int expected) =>
        Assert.Equal(expected, ReserveVintage.Year(TwoEditions, view));

    [Fact]
    public void Year_NoViewYear_IsTheNewestEstimate() => Assert.Equal(2024, ReserveVintage.Year(TwoEditions, null));

    [Fact]
    public void Year_NoRows_IsNull() => Assert.Null(ReserveVintage.Year([], 2024));
}
