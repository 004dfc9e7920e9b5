using System.Text.RegularExpressions;
using Lodestone.Data.Loading;
using Lodestone.Domain.Errors;
using Lodestone.News.Model;

namespace Lodestone.News.Extraction;

/// <summary>
/// A multinomial naive Bayes model of an article's event type from the words of its title and first sentence, trained on
/// the train/ split only (data/reference/news_event_examples.csv, written by scripts/news/event_examples.py).
/// </summary>
/// <remarks>
/// The extractor asks it only when no trigger types any sentence of an article: the trigger rules are precise on the
/// phrasings they know and find nothing on new ones ("inked a partnership", "a 25% charge on imports", "hit 28 metres
/// of nickel sulphide"), while the nouns around a new verb still say what kind of news it is. Words are lower-cased,
/// numbers become one token, a plural or past-tense ending is cut, function words are dropped; add-one smoothing; an
/// answer is given only when the best type's posterior is at least <see cref="MinimumPosterior"/> and is not "none".
/// </remarks>
internal sealed partial class LeadTypeModel
{
    public const string File = "news_event_examples.csv";

    /// <summary>The least posterior probability at which the model's type is used.</summary>
    public const double MinimumPosterior = 0.5;

    private const string NoEvent = "none";

    private static readonly Regex Word = WordRegex();

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "by", "with", "from", "as", "its", "it", "is",
        "are", "was", "were", "be", "been", "has", "have", "had", "that", "this", "which", "said", "says", "say", "after",
        "than", "into", "their", "his", "her", "they", "he", "she", "will", "would", "about", "more", "up", "over", "but",
    };

    private readonly Dictionary<string, Dictionary<string, int>> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _totals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _documents = new(StringComparer.Ordinal);
    private readonly HashSet<string> _vocabulary = new(StringComparer.Ordinal);
    private int _documentCount;

    public LeadTypeModel(IEnumerable<(string Type, string Text)> examples)
    {
        foreach (var (type, text) in examples)
        {
            _documentCount++;
            _documents[type] = _documents.GetValueOrDefault(type) + 1;
            var counts = _counts.TryGetValue(type, out var c) ? c : _counts[type] = new(StringComparer.Ordinal);
            foreach (var token in Tokens(text))
            {
                counts[token] = counts.GetValueOrDefault(token) + 1;
                _totals[type] = _totals.GetValueOrDefault(type) + 1;
                _vocabulary.Add(token);
            }
        }
    }

    /// <summary>How many examples the model was trained on.</summary>
    public int Examples => _documentCount;

    /// <summary>The model from data/reference/news_event_examples.csv under <paramref name="dataDirectory"/>, or null when the file is absent.</summary>
    /// <exception cref="DataValidationException">When a row is malformed (file:line:field and what was expected).</exception>
    public static LeadTypeModel? Load(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, ReferenceLoader.Folder, File);
        if (!System.IO.File.Exists(path))
        {
            return null;
        }
        var issues = new IssueLog();
        var examples = new List<(string, string)>();
        foreach (var row in CsvFile.Read(path, ReferenceLoader.Folder + "/" + File, issues, ["type", "text", "source"]))
        {
            var type = row.Required("type");
            if (type.Length > 0 && type != NoEvent && !EventTypes.TryParse(type, out _))
            {
                row.Error("type", $"unknown event type '{type}' (expected an event type slug or '{NoEvent}')");
            }
            var text = row.Required("text");
            row.Required("source");
            examples.Add((type, text));
        }
        issues.ThrowIfAny();
        return new LeadTypeModel(examples);
    }

    /// <summary>The event type the words suggest, or null when the best guess is "no event" or not confident enough.</summary>
    public EventType? Predict(string text)
    {
        if (_documentCount == 0)
        {
            return null;
        }
        var tokens = Tokens(text).Where(_vocabulary.Contains).ToList();
        if (tokens.Count == 0)
        {
            return null;
        }
        var scores = _counts.Keys.ToDictionary(t => t, t => LogScore(t, tokens), StringComparer.Ordinal);
        var best = scores.MaxBy(kv => kv.Value);
        var posterior = 1 / scores.Values.Sum(s => Math.Exp(s - best.Value));
        return best.Key != NoEvent && posterior >= MinimumPosterior && EventTypes.TryParse(best.Key, out var type) ? type : null;
    }

    private double LogScore(string type, List<string> tokens)
    {
        var counts = _counts[type];
        var denominator = _totals.GetValueOrDefault(type) + _vocabulary.Count;
        var score = Math.Log((double)_documents[type] / _documentCount);
        foreach (var token in tokens)
        {
            score += Math.Log((counts.GetValueOrDefault(token) + 1.0) / denominator);
        }
        return score;
    }

    private static IEnumerable<string> Tokens(string text)
    {
        foreach (Match m in Word.Matches(text.ToLowerInvariant()))
        {
            var w = m.Value;
            if (char.IsDigit(w[0]))
            {
                yield return "#";
                continue;
            }
            if (StopWords.Contains(w) || w.Length < 2)
            {
                continue;
            }
            yield return Stem(w);
        }
    }

    // A crude suffix cut, so "drillers"/"drilling", "imports"/"imported" share a token.
    private static string Stem(string w) =>
        w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal) ? w[..^3]
        : w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) ? w[..^2]
        : w.Length > 4 && w.EndsWith("ers", StringComparison.Ordinal) ? w[..^3]
        : w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1]
        : w;

    [GeneratedRegex(@"[a-z][a-z'-]*|\d[\d,.]*|[$€£%]", RegexOptions.CultureInvariant)]
    private static partial Regex WordRegex();
}
