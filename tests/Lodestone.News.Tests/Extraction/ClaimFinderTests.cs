using Lodestone.News.Extraction;

namespace Lodestone.News.Tests.Extraction;

public sealed class ClaimFinderTests
{
    [Theory]
    [InlineData("within a year and a half", 18)]
    [InlineData("within two years", 24)]
    [InlineData("in the next 18 months", 18)]
    [InlineData("over the coming three years", 36)]
    public void HorizonIn_Span_GivesMonths(string phrase, int months)
    {
        Assert.Equal(months, ClaimFinder.HorizonIn("He said supply would be secure " + phrase + ".", 0)?.Months);
    }

    [Fact]
    public void HorizonIn_CalendarDeadline_GivesDate()
    {
        Assert.Equal("2030-12", ClaimFinder.HorizonIn("The ministry aims to double output by the end of 2030.", 0)?.Calendar.ToString());
    }

    [Fact]
    public void HorizonIn_PastSpan_IsNotAHorizon()
    {
        Assert.Null(ClaimFinder.HorizonIn("Prices rose over the past two years, he said.", 0));
    }
}
