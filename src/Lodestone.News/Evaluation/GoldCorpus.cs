using System.Globalization;
using System.Text.Json;
using Lodestone.Domain.Errors;
using Lodestone.Domain.Model;
using Lodestone.News.Model;

namespace Lodestone.News.Evaluation;

/// <summary>A labelled folder: article files and <c>gold.jsonl</c>, one JSON object of labels per line.</summary>
/// <remarks>
/// Each line: <c>{"file","published","countries","commodities","event_types","dates","quantities"}</c>. Every field is
/// checked on load (the file exists, event types are known, dates are "type:YYYY[-MM[-DD]]", quantities are
/// "capacity|output|other:tonnes"); problems are reported together as gold.jsonl:line:field.
/// </remarks>
public sealed class GoldCorpus
{
    public const string LabelsFile = "gold.jsonl";

    private static readonly string[] QuantityKinds = ["capacity", "output", "other"];

    private GoldCorpus(string folder, IReadOnlyList<GoldArticle> articles)
    {
        Folder = folder;
        Articles = articles;
    }

    public string Folder { get; }

    public IReadOnlyList<GoldArticle> Articles { get; }

    public string PathOf(GoldArticle article) => Path.Combine(Folder, article.File);

    /// <summary>Reads <paramref name="folder"/>/gold.jsonl and checks it against the folder's files.</summary>
    /// <exception cref="DataValidationException">When the labels file is missing or any line is malformed.</exception>
    public static GoldCorpus Load(string folder)
    {
        var path = Path.Combine(folder, LabelsFile);
        if (!File.Exists(path))
        {
            throw new DataValidationException([new DataIssue(path, 0, null, $"no {LabelsFile} in {folder} (expected one JSON object of labels per line)")]);
        }
        var issues = new List<DataIssue>();
        var articles = new List<GoldArticle>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var article = Parse(line, folder, new LineIssues(path, lineNumber, issues));
            if (article is not null)
            {
                articles.Add(article);
            }
        }
        if (issues.Count > 0)
        {
            throw new DataValidationException(issues);
        }
        return new GoldCorpus(folder, articles);
    }

    private static GoldArticle? Parse(string line, string folder, LineIssues issues)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            issues.Add(null, $"not a JSON object ({e.Message})");
            return null;
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                issues.Add(null, "expected a JSON object of labels");
                return null;
            }
            var file = root.TryGetProperty("file", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString()! : null;
            if (string.IsNullOrWhiteSpace(file))
            {
                issues.Add("file", "missing (expected the article's file name)");
                return null;
            }
            if (!File.Exists(Path.Combine(folder, file)))
            {
                issues.Add("file", $"'{file}' does not exist in {folder}");
            }
            string? published = null;
            if (root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String)
            {
                published = p.GetString();
                if (!DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    issues.Add("published", $"'{published}' is not a date (expected YYYY-MM-DD)");
                }
            }
            var types = Strings(root, "event_types", issues);
            foreach (var type in types.Where(t => !EventTypes.TryParse(t, out _)))
            {
                issues.Add("event_types", $"unknown event type '{type}' (expected one of {string.Join(", ", Enum.GetValues<EventType>().Select(t => t.Slug()))})");
            }
            var dates = Strings(root, "dates", issues);
            CheckDates(dates, issues);
            var quantities = Strings(root, "quantities", issues);
            CheckQuantities(quantities, issues);
            return new GoldArticle(file, published, Strings(root, "countries", issues), Strings(root, "commodities", issues), types, dates,
                quantities.Select(NormalizeQuantity).ToList());
        }
    }

    /// <summary>Each date label must be type:date, an event type and a partial date.</summary>
    private static void CheckDates(IReadOnlyList<string> dates, LineIssues issues)
    {
        foreach (var date in dates)
        {
            var colon = date.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0 || !EventTypes.TryParse(date[..colon], out _) || !PartialDate.TryParse(date[(colon + 1)..], out _))
            {
                issues.Add("dates", $"'{date}' is not type:date (expected e.g. summit:2025-11-06, policy:2024-05 or price_move:2023)");
            }
        }
    }

    /// <summary>Each quantity label must be kind:tonnes, a known kind and a decimal number.</summary>
    private static void CheckQuantities(IReadOnlyList<string> quantities, LineIssues issues)
    {
        foreach (var quantity in quantities)
        {
            var colon = quantity.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0 || !QuantityKinds.Contains(quantity[..colon], StringComparer.Ordinal)
                || !decimal.TryParse(quantity[(colon + 1)..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
            {
                issues.Add("quantities", $"'{quantity}' is not kind:tonnes (expected capacity:10000, output:2500 or other:135000)");
            }
        }
    }

    /// <summary>"capacity:10000.0" and "capacity:10000" label the same quantity.</summary>
    internal static string NormalizeQuantity(string label)
    {
        var colon = label.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && decimal.TryParse(label[(colon + 1)..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var tonnes)
            ? QuantityLabel(label[..colon], tonnes)
            : label;
    }

    internal static string QuantityLabel(string kind, decimal tonnes) =>
        kind + ":" + Math.Round(tonnes, 3).ToString("0.###", CultureInfo.InvariantCulture);

    private static List<string> Strings(JsonElement root, string name, LineIssues issues)
    {
        if (!root.TryGetProperty(name, out var array))
        {
            return [];
        }
        if (array.ValueKind != JsonValueKind.Array || array.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.String))
        {
            issues.Add(name, "expected an array of strings");
            return [];
        }
        return array.EnumerateArray().Select(x => x.GetString()!).ToList();
    }

    private readonly record struct LineIssues(string File, int Line, List<DataIssue> Issues)
    {
        public void Add(string? field, string message) => Issues.Add(new DataIssue(File, Line, field, message));
    }
}
