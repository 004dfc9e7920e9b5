using System.Globalization;
using System.Text.RegularExpressions;
using Lodestone.News.Model;

namespace Lodestone.News.Extraction;

/// <summary>Finds amounts of money and keeps each in its own currency.</summary>
/// <remarks>
/// "$1.1 billion" and "US$8.5bn" are USD; "A$1bn" is AUD, "C$" CAD, "€" EUR, "£" GBP, "¥"/"yuan"/"RMB" CNY when the
/// text says yuan, else "¥" is JPY. A bare "$" is read as USD, the convention of the English-language press;
/// no exchange rate is applied anywhere.
/// </remarks>
internal static partial class MoneyFinder
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private static readonly Regex Prefixed = PrefixedRegex();

    private static readonly Regex Suffixed = SuffixedRegex();

    public static IReadOnlyList<Money> Find(string text, int offset = 0)
    {
        var result = new List<Money>();
        foreach (Match m in Prefixed.Matches(text))
        {
            Add(result, m, offset, Currency(m.Groups["cur"].Value.Trim(), text));
        }
        foreach (Match m in Suffixed.Matches(text))
        {
            if (!result.Exists(r => r.Span.Overlaps(new TextSpan(offset + m.Index, offset + m.Index + m.Length))))
            {
                Add(result, m, offset, Currency(m.Groups["cur"].Value, text));
            }
        }
        result.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return result;
    }

    private static void Add(List<Money> result, Match m, int offset, string currency)
    {
        var multiplier = m.Groups["mult"].Value.ToLowerInvariant() switch
        {
            "trillion" or "tn" => 1_000_000_000_000m,
            "billion" or "bn" or "b" => 1_000_000_000m,
            "million" or "mn" or "m" => 1_000_000m,
            "thousand" or "k" => 1_000m,
            _ => 1m,
        };
        // Digits beyond decimal's range, alone or with their multiplier, are no amount of money: skipped, not an exception
        // (a 26-digit "$… million" overflowed and stopped the whole extraction; found by scripts/fuzz extractor).
        if (!decimal.TryParse(m.Groups["num"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture,
                out var number) || number > decimal.MaxValue / multiplier)
        {
            return;
        }
        result.Add(new Money(number * multiplier, currency, new TextSpan(offset + m.Index, offset + m.Index + m.Length)));
    }

    private static string Currency(string symbol, string context) => symbol switch
    {
        "US$" or "USD" or "$" or "US dollars" or "dollars" => "USD",
        "A$" or "AU$" or "AUD" or "Australian dollars" => "AUD",
        "C$" or "CA$" or "CAD" or "Canadian dollars" => "CAD",
        "NZ$" => "NZD",
        "€" or "EUR" or "euros" => "EUR",
        "£" or "GBP" or "pounds" => "GBP",
        "CNY" or "RMB" or "yuan" or "renminbi" => "CNY",
        "¥" => context.Contains("yuan", StringComparison.OrdinalIgnoreCase) ? "CNY" : "JPY",
        "JPY" or "yen" => "JPY",
        _ when symbol.StartsWith("U.S.", StringComparison.Ordinal) => "USD",
        _ => "USD",
    };

    [GeneratedRegex(
        @"(?<cur>US\$|U\.S\.\s?\$|USD\s?|A\$|AU\$|AUD\s?|C\$|CA\$|CAD\s?|NZ\$|€|EUR\s?|£|GBP\s?|¥|JPY\s?|CNY\s?|RMB\s?|\$)(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(?<mult>trillion|billion|million|thousand|tn|bn|mn|m|b|k)\b)?",
        Options)]
    private static partial Regex PrefixedRegex();

    [GeneratedRegex(
        @"\b(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(?<mult>trillion|billion|million|thousand)?\s(?<cur>US dollars|dollars|euros|yuan|renminbi|yen|pounds|Australian dollars|Canadian dollars)\b",
        Options)]
    private static partial Regex SuffixedRegex();
}
