namespace Lodestone.News.Model;

/// <summary>An amount of money as published, in its own currency.</summary>
/// <param name="Value">The amount in units of <paramref name="Currency"/> ("$1.1 billion" → 1,100,000,000).</param>
/// <param name="Currency">ISO 4217 code (USD, AUD, EUR, CNY …).</param>
public sealed record Money(decimal Value, string Currency, TextSpan Span)
{
    /// <summary>The amount in US dollars when the currency is USD; null otherwise (no exchange rate is guessed).</summary>
    public decimal? Usd => Currency == "USD" ? Value : null;
}
