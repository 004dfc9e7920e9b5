using Lodestone.News.Extraction;

namespace Lodestone.News.Tests.Extraction;

public sealed class MoneyFinderTests
{
    [Theory]
    [InlineData("a project estimated to cost $1.1 billion", 1_100_000_000, "USD")]
    [InlineData("a US$8.5bn pipeline", 8_500_000_000, "USD")]
    [InlineData("it would lend A$1bn", 1_000_000_000, "AUD")]
    [InlineData("a €2.5 million grant", 2_500_000, "EUR")]
    [InlineData("$400 million in MP Materials", 400_000_000, "USD")]
    [InlineData("a 3 billion yuan fund", 3_000_000_000, "CNY")]
    public void Find_Amount_KeepsValueAndCurrency(string text, double value, string currency)
    {
        var money = Assert.Single(MoneyFinder.Find(text));
        Assert.Equal((decimal)value, money.Value);
        Assert.Equal(currency, money.Currency);
        Assert.Equal(currency == "USD" ? (decimal)value : null, money.Usd);
    }

    [Theory]
    [InlineData("will invest $88888888888888888888888400 million in MP Materials")]
    [InlineData("a fund of 999999999999999999999999999999 yuan")]
    public void Find_DigitsBeyondDecimalRange_SkippedNotThrown(string text)
    {
        // Found by scripts/fuzz extractor: the product with "million" (or the digits alone) overflowed decimal.
        Assert.Empty(MoneyFinder.Find(text));
    }
}
