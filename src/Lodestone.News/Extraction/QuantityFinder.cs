using System.Globalization;
using System.Text.RegularExpressions;
using Lodestone.News.Model;

namespace Lodestone.News.Extraction;

/// <summary>Finds mass quantities ("12,000 t of concentrate", "2.1 million tonnes", "10 million lb") and normalises them to tonnes.</summary>
/// <remarks>
/// Units: tonnes, tons and metric tons (read as metric tonnes, the usage of mining news), wet and dry tonnes, kt and
/// kilotonnes (×1,000), Mt (×1,000,000; "mt" and "MT" are metric tons), kg (×0.001), pounds and lb (×0.00045359237), troy ounces and oz
/// (×0.0000311034768). A number without its own unit before "and"/"to" shares the next one ("between 25,000 and
/// 26,500 tonnes"). Prices are not quantities: "$40,000 a tonne" has no number directly before a unit.
/// The kind is read from the words around the number: quota, reserve, resource, deposit, trade and stockpile words
/// make it other; "capacity", "designed", "up to" make it capacity; production words make it output; otherwise a
/// rate ("a year", "per annum", "a day") is a capacity and anything else is other.
/// </remarks>
internal static partial class QuantityFinder
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;
    private const string Number = @"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|a";

    private static readonly Regex Quantity = QuantityRegex();

    private static readonly Regex OtherWords = OtherWordsRegex();
    private static readonly Regex CapacityWords = CapacityWordsRegex();
    private static readonly Regex OutputWords = OutputWordsRegex();
    private static readonly Regex RateAfter = RateAfterRegex();
    private static readonly Regex Planned = PlannedRegex();
    private static readonly Regex PerDay = PerDayRegex();

    public static IReadOnlyList<ExtractedQuantity> Find(string text, IReadOnlyList<TextSpan> sentences)
    {
        var result = new List<ExtractedQuantity>();
        foreach (var sentence in sentences)
        {
            var s = sentence.Of(text);
            foreach (Match m in Quantity.Matches(s))
            {
                if (Factor(m.Groups["unit"].Value, m.Groups["mod"].Value) is not { } factor || IsAmbiguous(m))
                {
                    continue;
                }
                var after = s[(m.Index + m.Length)..];
                var before = s[Math.Max(0, m.Index - 80)..m.Index];
                var window = before + " " + after[..Math.Min(after.Length, 30)];
                var kind = Kind(window, after);
                var perDay = PerDay.IsMatch(after);
                var span = new TextSpan(sentence.Start + m.Index, sentence.Start + m.Index + m.Length);
                var multiplier = Multiplier(m.Groups["mult"].Value);
                if (m.Groups["first"].Success && !IsYear(m.Groups["first"].Value) && Value(m.Groups["first"].Value) is { } first)
                {
                    var firstMultiplier = m.Groups["fmult"].Success ? Multiplier(m.Groups["fmult"].Value) : multiplier;
                    result.Add(new ExtractedQuantity(first * firstMultiplier * factor, kind, perDay, m.Value, span));
                }
                if (Value(m.Groups["num"].Value) is { } value)
                {
                    result.Add(new ExtractedQuantity(value * multiplier * factor, kind, perDay, m.Value, span));
                }
            }
        }
        return result;
    }

    private static QuantityKind Kind(string window, string after)
    {
        if (OtherWords.IsMatch(window))
        {
            return QuantityKind.Other;
        }
        if (CapacityWords.IsMatch(window))
        {
            return QuantityKind.Capacity;
        }
        // "plans to produce 4,440 tonnes a year": a rate planned for the future is what the plant can make, not output.
        if (RateAfter.IsMatch(after) && Planned.IsMatch(window))
        {
            return QuantityKind.Capacity;
        }
        if (OutputWords.IsMatch(window))
        {
            return QuantityKind.Output;
        }
        return RateAfter.IsMatch(after) ? QuantityKind.Capacity : QuantityKind.Other;
    }

    // "for the rest of 2025 and 96,600 tonnes": a year is not the first bound of a range.
    private static bool IsYear(string number) => number.Length == 4 && (number.StartsWith("19", StringComparison.Ordinal) || number.StartsWith("20", StringComparison.Ordinal));

    // A word number needs a spelled-out unit ("one million tonnes"); "a tonne" is the unit of a price, not a quantity.
    private static bool IsAmbiguous(Match m)
    {
        var num = m.Groups["num"].Value;
        return !char.IsDigit(num[0]) && (m.Groups["unit"].Value.Length <= 2 || (num == "a" && m.Groups["mult"].Value.Length == 0));
    }

    // "Mt" is a megatonne; "mt" and "MT" are the metric tons of trade statistics.
    private static decimal? Factor(string unit, string modifier) => unit == "Mt" ? 1_000_000m : unit.ToLowerInvariant() switch
    {
        "tonnes" or "tonne" or "t" => 1m,
        "tons" or "ton" => modifier.Trim().Equals("short", StringComparison.OrdinalIgnoreCase) ? 0.90718474m : 1m,
        "kt" or "kilotonnes" or "kilotons" => 1_000m,
        "mt" => 1m,
        "kilograms" or "kilogram" or "kg" => 0.001m,
        "pounds" or "lbs" or "lb" => 0.00045359237m,
        "troy ounces" or "ounces" or "oz" => 0.0000311034768m,
        _ => null,
    };

    private static decimal Multiplier(string text) => text.ToLowerInvariant() switch
    {
        "billion" or "bn" => 1_000_000_000m,
        "million" or "m" or "mn" => 1_000_000m,
        "thousand" => 1_000m,
        _ => 1m,
    };

    private static decimal? Value(string text) => text.ToLowerInvariant() switch
    {
        "a" or "one" => 1m,
        "two" => 2m,
        "three" => 3m,
        "four" => 4m,
        "five" => 5m,
        "six" => 6m,
        "seven" => 7m,
        "eight" => 8m,
        "nine" => 9m,
        "ten" => 10m,
        _ => decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null,
    };

    [GeneratedRegex(
        @"(?<![\$€£¥\d.,])\b(?:(?<first>" + Number + @")\s?(?<fmult>million|thousand|billion)?\s+(?:and|to|-|–)\s+)?(?<num>" + Number + @")(?:\s?|-)(?<mult>million|thousand|billion|m|mn|bn)?\s?(?<mod>wet |dry |metric |short )?(?<unit>tonnes|tonne|tons|ton|t|kt|kilotonnes|kilotons|mt|kilograms|kilogram|kg|pounds|lbs|lb|troy ounces|ounces|oz)\b(?!-)",
        Options)]
    private static partial Regex QuantityRegex();

    [GeneratedRegex(
        @"\b(?:quotas?|reserves?|resources?|deposits?|export(?:s|ed|ing)?|import(?:s|ed|ing)?|ship(?:s|ped|ping|ments?)?|stockpiles?|buy|purchase|found|holds?|estimated|contains?|approved|allowing|sold|sales)\b",
        Options)]
    private static partial Regex OtherWordsRegex();

    [GeneratedRegex(@"\b(?:capacity|capacities|designed|nameplate|up to)\b", Options)]
    private static partial Regex CapacityWordsRegex();

    [GeneratedRegex(
        @"\b(?:produc(?:e|es|ed|ing|tion)|output|mined|to mine|mine output|mining output|yield(?:ed)?)\b",
        Options)]
    private static partial Regex OutputWordsRegex();

    [GeneratedRegex(@"^\s*(?:of [\w -]{1,40}?\s)?(?:a year|per year|per annum|a day|per day|annually|tpa)\b", Options)]
    private static partial Regex RateAfterRegex();

    [GeneratedRegex(
        @"\b(?:plans? to|planned to|is to|are to|will|would|could|can|set to|due to|(?:is|are|was|were) (?:built|able|expected) to) (?:produce|make|turn out|output)\b",
        Options)]
    private static partial Regex PlannedRegex();

    [GeneratedRegex(@"^\s*(?:of [\w -]{1,40}?\s)?(?:a day|per day)\b", Options)]
    private static partial Regex PerDayRegex();
}
