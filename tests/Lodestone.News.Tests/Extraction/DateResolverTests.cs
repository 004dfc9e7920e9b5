using Lodestone.News.Extraction;

namespace Lodestone.News.Tests.Extraction;

public sealed class DateResolverTests
{
    // Publication date Friday 7 November 2025 (the seeds' day).
    private static readonly DateOnly Friday = new(2025, 11, 7);

    [Theory]
    // Why: the seed's own phrase; Thursday 6 November 2025 (calendar).
    [InlineData("On Thursday, November 6, Trump hosted leaders.", "2025-11-06")]
    // Why: a bare weekday is the last such day on or before publication: Thursday before Friday 7 Nov is 6 Nov.
    [InlineData("On Thursday, Trump announced it.", "2025-11-06")]
    // Why: "will" makes it the next Thursday: 13 Nov 2025.
    [InlineData("Leaders will meet on Thursday.", "2025-11-13")]
    [InlineData("Prices fell last month.", "2025-10")]
    [InlineData("The plant opened in 2024.", "2024")]
    [InlineData("It was signed on 28 October 2025.", "2025-10-28")]
    [InlineData("The rules took effect yesterday.", "2025-11-06")]
    // Why: December without a year in a November article is the nearest December: 2025-12 is in the future only
    // with future tense; in the past tense it is December 2024.
    [InlineData("Exports fell in December.", "2024-12")]
    public void FirstIn_Expression_ResolvesAgainstPublication(string sentence, string expected)
    {
        Assert.Equal(expected, DateResolver.FirstIn(sentence, 0, Friday)?.Date.ToString());
    }

    [Theory]
    // Why (2026-12-05, worked from the calendar, publication Friday 7 November 2025): "three days ago" is Tuesday the 4th;
    // "two weeks ago" is the week of Monday 20 to Sunday 26 October (one month); "a week ago" is 27 October to 2 November
    // (two months: the year); "mid-October" is a month; the June quarter (April-June) had begun by November, so 2025;
    // "of last year" gives 2024; "from June next year" bounds a measure and its "next" is not the saying's tense, so the past Wednesday dates it.
    [InlineData("China banned the exports three days ago.", "2025-11-04")]
    [InlineData("Prices fell two weeks ago.", "2025-10")]
    [InlineData("Prices fell a week ago.", "2025")]
    [InlineData("The mine closed in mid-October.", "2025-10")]
    [InlineData("Output rose in the June quarter.", "2025")]
    [InlineData("Output rose in the fourth quarter of last year.", "2024")]
    [InlineData("The ministry approved it earlier in the month.", "2025-11")]
    [InlineData("Exports will be banned from June next year, the minister said on Wednesday.", "2025-11-05")]
    public void FirstIn_RelativeExpressionAddedAfterTheSeventhBatch_ResolvesAgainstPublication(string sentence, string expected)
    {
        Assert.Equal(expected, DateResolver.FirstIn(sentence, 0, Friday)?.Date.ToString());
    }

    [Theory]
    // Why: these fix no date; the resolver must not guess one.
    [InlineData("In recent weeks, the administration signed agreements.")]
    [InlineData("The U.S. President recently stated that the issue will end.")]
    [InlineData("The suspension runs until November 27, 2026.")]
    public void FirstIn_NoFixedDate_ReturnsNull(string sentence)
    {
        Assert.Null(DateResolver.FirstIn(sentence, 0, Friday));
    }

    [Fact]
    public void FirstIn_RelativeWithoutPublication_ReturnsNull()
    {
        Assert.Null(DateResolver.FirstIn("On Thursday, the ban began.", 0, null));
    }
}
