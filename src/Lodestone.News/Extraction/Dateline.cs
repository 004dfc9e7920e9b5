using System.Text.RegularExpressions;
using Lodestone.News.Model;

namespace Lodestone.News.Extraction;

/// <summary>The date in an article's dateline ("BEIJING, April 4 (Lodewire) -", "Press release | Brussels, 23 May 2024").</summary>
/// <remarks>
/// Only the first line is read. It is a dateline when it starts with a place and a date before a dash or an agency in
/// parentheses, or when it is a short heading line (under 100 characters, no full stop at the end) that holds a
/// day-precision date. The date resolves against the publication date and must not be after it nor more than 7 days
/// before it: a dateline says when the report was filed, so it dates the events the text leaves undated.
/// </remarks>
/// <param name="Region">The dateline itself (place, date, agency), not part of any sentence's news.</param>
/// <param name="Date">The dateline's date when it is a plausible filing date; else null.</param>
internal sealed partial record Dateline(TextSpan Region, ResolvedDate? Date)
{
    private static readonly Regex Wire = WireRegex();

    public static Dateline? Find(string text, DateOnly? published)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        var end = text.IndexOf('\n', start);
        var line = end < 0 ? text[start..] : text[start..end];
        var wire = Wire.Match(line);
        string candidate;
        int at;
        TextSpan region;
        if (wire.Success)
        {
            candidate = wire.Groups["date"].Value;
            at = start + wire.Groups["date"].Index;
            region = new TextSpan(start, start + wire.Length);
        }
        else if (line.Length is > 0 and < 100 && !line.TrimEnd().EndsWith('.') && DateResolver.DayDates(line, published).Any())
        {
            candidate = line;
            at = start;
            region = new TextSpan(start, start + line.Length);
        }
        else
        {
            return null;
        }
        foreach (var (m, date) in DateResolver.DayDates(candidate, published))
        {
            if (date is not { } d || (published is { } p && (d.Earliest > p || d.Earliest < p.AddDays(-7))))
            {
                continue;
            }
            return new Dateline(region, new ResolvedDate(d, new TextSpan(at + m.Index, at + m.Index + m.Length)));
        }
        return new Dateline(region, null);
    }

    [GeneratedRegex(
        @"^[A-Z][\p{L}.'’ ]{1,40}(?:,\s*[\p{L}.]{2,12})?,\s*(?<date>[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} [A-Z][a-z]{2,8} \d{4})\s*(?:\([^)]{1,40}\))?\s*[-–—]",
        RegexOptions.CultureInvariant)]
    private static partial Regex WireRegex();
}
