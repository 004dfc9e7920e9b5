using System.Text.RegularExpressions;
using Lodestone.News.Gazetteers;
using Lodestone.News.Model;

namespace Lodestone.News.Extraction;

/// <summary>
/// A company named only as the owner of what a government acts on: "The government restored the spatial plan for Rio
/// Tinto's Jadar project", "Panama's government ordered the closure of First Quantum's Cobre Panama copper mine".
/// </summary>
/// <remarks>
/// The owner does not act in the news, so its home country is not a party; the facility's own place still is. A
/// company that acts ("Rio Tinto approved $2.5 billion …") or whose facility is the subject ("Rio Tinto's mine halted
/// output") is not matched: the rule needs a government body earlier in the same sentence.
/// </remarks>
internal static partial class OwnerOnly
{
    public static bool Matches(string text, TextSpan sentence, CountryMention country)
    {
        if (country.Kind != CountryReferenceKind.Organization || country.Mention.Span.End >= sentence.End)
        {
            return false;
        }
        var span = country.Mention.Span;
        var after = text.AsSpan(span.End, Math.Min(80, sentence.End - span.End));
        var before = text.AsSpan(sentence.Start, span.Start - sentence.Start);
        return PossessedFacility().IsMatch(after) && GovernmentActor().IsMatch(before);
    }

    [GeneratedRegex(
        @"^(?:'s|’s) (?:[\w'’-]+ ){0,4}?"
            + @"(?:project|mine|plant|refinery|smelter|deposit|licen[cs]es?|concessions?|permits?|contract)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex PossessedFacility();

    [GeneratedRegex(
        @"\b(?:government|cabinet|ministry|minister|regulator|court|authorities|parliament|congress|president"
            + @"|prime minister)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GovernmentActor();
}
