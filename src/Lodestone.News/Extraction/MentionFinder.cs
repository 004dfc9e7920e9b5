using Lodestone.News.Gazetteers;
using Lodestone.News.Model;

namespace Lodestone.News.Extraction;

/// <summary>Finds country and commodity mentions with the reading rules that keep precision high.</summary>
/// <remarks>
/// Countries: gazetteer phrases; "US" directly before "$" is a currency ("US$8.5bn"), not a country; a capital
/// followed by another capitalised word is part of a longer name ("London Metal Exchange").
/// Commodities: names and aliases; not when joined by a hyphen to another word (an alloy or compound name such as
/// "samarium-cobalt", "lithium-ion") unless every part is a commodity and a mining noun follows ("nickel-cobalt mine"),
/// nor directly before a product noun ("lithium batteries"); ambiguous words
/// ("lead", "tin") only next to another commodity or a mining word. Element symbols count only in a chemical
/// context: in parentheses, in a list of symbols ("Ga/Ge", "Nd, Pr") or as the first element of a formula
/// ("Li2O"); so "In", "As" and "US" in running text are never symbols.
/// </remarks>
internal sealed class MentionFinder(NewsGazetteers gazetteers)
{
    private static readonly HashSet<string> ProductNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "battery", "batteries", "chip", "chips", "semiconductor", "semiconductors", "wafer", "wafers",
        "alloy", "alloys", "superalloy", "superalloys", "steel", "cells", "jewellery", "jewelry", "medal", "medals", "lining",
    };

    private static readonly HashSet<string> MiningWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ore", "ores", "mine", "mines", "mining", "smelter", "smelters", "smelting", "concentrate", "concentrates", "deposit",
        "deposits", "metal", "metals", "prices", "price", "production", "output", "reserves", "refinery", "exports", "imports",
        "tonnes", "tons", "ounces", "miner", "miners", "project", "fertiliser", "fertilizer", "transit", "port", "producer", "zinc", "copper", "silver", "gold", "lead", "tin", "nickel",
    };

    // Symbols that are also English words or single letters: only in parentheses or formulas, never from a list.
    private static readonly HashSet<string> WordLikeSymbols = new(StringComparer.Ordinal)
    {
        "In", "As", "Be", "He", "Co", "No", "At", "W", "V", "U", "B", "C", "Y", "S", "P", "K", "I", "O", "N", "H", "F",
    };

    /// <summary>
    /// Country mentions: gazetteer phrases, and companies and places of the entity tables read as their country
    /// ("Lynas" → AUS, "Kolwezi" → COD). A country word inside a longer entity name ("Inner Mongolia") is the entity's.
    /// </summary>
    public IReadOnlyList<CountryMention> Countries(string text) => Countries(text, gazetteers.Entities.Find(text));

    /// <summary>Country mentions given the entity matches already found in <paramref name="text"/>.</summary>
    public IReadOnlyList<CountryMention> Countries(string text, IReadOnlyList<PhraseMatch<KnownEntity>> entities)
    {
        var result = new List<CountryMention>();
        foreach (var match in gazetteers.Countries.Find(text))
        {
            var reference = match.Value;
            if (reference.Kind == CountryReferenceKind.NotACountry)
            {
                continue;
            }
            var span = match.Span;
            if (span.End < text.Length && text[span.End] == '$')
            {
                continue;
            }
            if (reference.Kind == CountryReferenceKind.Capital && (NextWordIsCapitalised(text, span.End) || AfterLocationWord(text, span.Start)))
            {
                // "London Metal Exchange" is a longer name; "rose 3% in London" is a market's location, not the British state.
                continue;
            }
            if (entities.Any(e => e.Span.Covers(span) && e.Span.Length > span.Length))
            {
                continue;
            }
            var written = span.Of(text);
            foreach (var iso3 in reference.Countries)
            {
                result.Add(new CountryMention(new Mention(MentionKind.Country, iso3.Code, written, span), reference.Kind, reference.Leader));
            }
        }
        foreach (var entity in entities)
        {
            if (result.Exists(c => c.Mention.Span.Covers(entity.Span)))
            {
                continue;
            }
            var kind = entity.Value.IsPlace ? CountryReferenceKind.Place : CountryReferenceKind.Organization;
            result.Add(new CountryMention(new Mention(MentionKind.Country, entity.Value.Country.Code, entity.Span.Of(text), entity.Span), kind, null));
        }
        result.Sort((a, b) => a.Mention.Span.Start.CompareTo(b.Mention.Span.Start));
        return result;
    }

    public IReadOnlyList<Mention> Commodities(string text, out IReadOnlyList<Mention> topics)
    {
        var result = new List<Mention>();
        var topicList = new List<Mention>();
        var matches = gazetteers.Commodities.Find(text);
        foreach (var match in matches)
        {
            var span = match.Span;
            var reference = match.Value;
            var written = span.Of(text);
            if (reference.Kind == CommodityReferenceKind.Topic)
            {
                topicList.Add(new Mention(MentionKind.Topic, reference.Names[0], written, span));
                continue;
            }
            if (reference.Kind == CommodityReferenceKind.Product
                || (HyphenJoined(text, span) && !InMineralCompound(text, span, matches))
                || BeforeProductNoun(text, span.End)
                || (reference.Product && QualifiesNoun(text, span.End)))
            {
                continue;
            }
            if (reference.Ambiguous && !HasMiningContext(text, span, matches))
            {
                continue;
            }
            foreach (var name in reference.Names)
            {
                result.Add(new Mention(MentionKind.Commodity, name, written, span));
            }
        }
        AddSymbols(text, result);
        result.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        topics = topicList;
        return result;
    }

    private void AddSymbols(string text, List<Mention> result)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsUpper(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                i++;
                continue;
            }
            var end = i;
            while (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                end++;
            }
            var token = text[i..end];
            var span = new TextSpan(i, end);
            if (!result.Exists(m => m.Span.Overlaps(span)))
            {
                var name = SymbolInContext(text, token, i, end);
                if (name is not null)
                {
                    result.Add(new Mention(MentionKind.Commodity, name, token, span));
                }
            }
            i = end;
        }
    }

    private string? SymbolInContext(string text, string token, int start, int end)
    {
        var symbol = gazetteers.Commodities.BySymbol(token);
        if (symbol is not null)
        {
            var inParentheses = start > 0 && text[start - 1] == '(' && end < text.Length && text[end] == ')';
            if (inParentheses || (!WordLikeSymbols.Contains(token) && IsSymbolListNeighbour(text, start, end)))
            {
                return symbol;
            }
            return null;
        }
        // A formula: element symbols with counts, at least one digit ("Li2O", "WO3", "Li2CO3"); the first element names it.
        if (!token.Any(char.IsDigit))
        {
            return null;
        }
        var first = token.Length > 1 && char.IsLower(token[1]) ? token[..2] : token[..1];
        var rest = token[first.Length..];
        if (rest.Length == 0 || !(char.IsDigit(rest[0]) || char.IsUpper(rest[0])) || !IsFormula(token))
        {
            return null;
        }
        return gazetteers.Commodities.BySymbol(first);
    }

    private static bool IsFormula(string token)
    {
        var i = 0;
        while (i < token.Length)
        {
            if (!char.IsUpper(token[i]))
            {
                return false;
            }
            i++;
            if (i < token.Length && char.IsLower(token[i]))
            {
                i++;
            }
            while (i < token.Length && char.IsDigit(token[i]))
            {
                i++;
            }
        }
        return true;
    }

    private bool IsSymbolListNeighbour(string text, int start, int end)
    {
        var after = TokenAfter(text, end, out var separatedAfter);
        var before = TokenBefore(text, start, out var separatedBefore);
        return (separatedAfter && after is not null && gazetteers.Commodities.BySymbol(after) is not null)
            || (separatedBefore && before is not null && gazetteers.Commodities.BySymbol(before) is not null);
    }

    // The token after a list separator ("/", ",", "&", "-" or "and"); separated is false when there is none.
    private static string? TokenAfter(string text, int at, out bool separated)
    {
        separated = false;
        var i = at;
        while (i < text.Length && text[i] is ' ' or '/' or ',' or '&' or '-')
        {
            separated |= text[i] != ' ';
            i++;
        }
        if (string.CompareOrdinal(text, i, "and ", 0, 4) == 0)
        {
            separated = true;
            i += 4;
        }
        var e = i;
        while (e < text.Length && char.IsLetterOrDigit(text[e]))
        {
            e++;
        }
        return e > i ? text[i..e] : null;
    }

    private static string? TokenBefore(string text, int at, out bool separated)
    {
        separated = false;
        var i = at;
        while (i > 0 && text[i - 1] is ' ' or '/' or ',' or '&' or '-')
        {
            separated |= text[i - 1] != ' ';
            i--;
        }
        if (i >= 4 && string.CompareOrdinal(text, i - 3, "and", 0, 3) == 0 && text[i - 4] == ' ')
        {
            separated = true;
            i -= 4;
            while (i > 0 && text[i - 1] == ' ')
            {
                i--;
            }
        }
        var s2 = i;
        while (s2 > 0 && char.IsLetterOrDigit(text[s2 - 1]))
        {
            s2--;
        }
        return i > s2 ? text[s2..i] : null;
    }

    private static bool HyphenJoined(string text, TextSpan span) =>
        (span.Start > 1 && text[span.Start - 1] == '-' && char.IsLetter(text[span.Start - 2]))
        || (span.End + 1 < text.Length && text[span.End] == '-' && char.IsLetter(text[span.End + 1]) && !FollowedByGradeWord(text, span.End + 1));

    // "the Ravensthorpe nickel-cobalt mine", "the San Cristobal silver-zinc-lead mine": commodities joined by hyphens
    // before a mining noun name what the mine or project yields, each of them; "samarium-cobalt magnets" is an alloy.
    private static bool InMineralCompound(
        string text, TextSpan span, IReadOnlyList<PhraseMatch<CommodityReference>> matches)
    {
        var start = span.Start;
        while (start > 1 && text[start - 1] == '-' && char.IsLetter(text[start - 2]))
        {
            start = WordStart(text, start - 1);
        }
        var end = span.End;
        while (end + 1 < text.Length && text[end] == '-' && char.IsLetter(text[end + 1]))
        {
            end = WordEnd(text, end + 1);
        }
        for (var at = start; at < end; at = WordEnd(text, at) + 1)
        {
            var partEnd = WordEnd(text, at);
            if (!matches.Any(m => m.Span.Start == at && m.Span.End == partEnd
                && m.Value.Kind == CommodityReferenceKind.Commodity))
            {
                return false;
            }
        }
        return NextWord(text, end, out _) is { } head && CompoundHeads.Contains(head);
    }

    private static readonly HashSet<string> CompoundHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "mine", "mines", "project", "projects", "deposit", "deposits", "operation", "operations", "prospect",
        "prospects", "mineralisation", "mineralization", "sulphide", "sulphides", "sulfide", "sulfides", "belt",
        "district", "property", "ore", "ores", "concentrate", "concentrates", "complex", "asset", "assets", "discovery",
        "system", "porphyry", "skarn",
    };

    private static int WordStart(string text, int end)
    {
        var i = end;
        while (i > 0 && char.IsLetter(text[i - 1]))
        {
            i--;
        }
        return i;
    }

    private static int WordEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }
        return i;
    }

    private static bool FollowedByGradeWord(string text, int start)
    {
        // "lithium-bearing", "graphite-rich" still mean the mineral.
        foreach (var word in new[] { "bearing", "rich", "grade", "producing", "mining", "related" })
        {
            if (string.CompareOrdinal(text, start, word, 0, word.Length) == 0)
            {
                return true;
            }
        }
        return false;
    }

    // "lithium-ion battery anodes", "lithium-ion battery makers": the product qualifies what the sentence is about.
    private static bool QualifiesNoun(string text, int end) =>
        NextWord(text, end, out _) is { } word && QualifiedNouns.Contains(word);

    private static readonly HashSet<string> QualifiedNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "anode", "anodes", "cathode", "cathodes", "maker", "makers", "manufacturer", "manufacturers", "manufacturing", "plant",
        "plants", "factory", "factories", "gigafactory", "cell", "cells", "pack", "packs", "material", "materials", "supply",
        "supplier", "suppliers", "recycling", "recycler", "recyclers", "component", "components", "production", "industry",
        "sector", "storage", "chemistry", "chemistries", "technology", "value", "chain", "demand", "capacity", "separator",
        "separators", "electrolyte", "electrolytes", "grade",
    };

    private static bool BeforeProductNoun(string text, int end)
    {
        var word = NextWord(text, end, out var after);
        if (string.Equals(word, "permanent", StringComparison.OrdinalIgnoreCase) || string.Equals(word, "ion", StringComparison.OrdinalIgnoreCase))
        {
            word = NextWord(text, after, out _);
        }
        return word is not null && ProductNouns.Contains(word);
    }

    private static string? NextWord(string text, int at, out int end)
    {
        var i = at;
        if (i < text.Length && text[i] != ' ')
        {
            end = at;
            return null;
        }
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }
        var start = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }
        end = i;
        return i > start ? text[start..i] : null;
    }

    private static bool HasMiningContext(string text, TextSpan span, IReadOnlyList<PhraseMatch<CommodityReference>> all)
    {
        foreach (var other in all)
        {
            if (other.Span != span && other.Value.Kind == CommodityReferenceKind.Commodity && !other.Value.Ambiguous
                && Math.Abs(other.Span.Start - span.Start) < 40)
            {
                return true;
            }
        }
        var from = Math.Max(0, span.Start - 30);
        var to = Math.Min(text.Length, span.End + 30);
        var window = text[from..to];
        foreach (var word in window.Split([' ', ',', '.', ';', '-', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (MiningWords.Contains(word) && !string.Equals(word, span.Of(text), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static bool AfterLocationWord(string text, int start)
    {
        var before = text.AsSpan(Math.Max(0, start - 4), start - Math.Max(0, start - 4));
        return before.EndsWith(" in ", StringComparison.Ordinal) || before.EndsWith(" at ", StringComparison.Ordinal);
    }

    private static bool NextWordIsCapitalised(string text, int end)
    {
        var word = NextWord(text, end, out _);
        return word is { Length: > 0 } && char.IsUpper(word[0]);
    }
}
