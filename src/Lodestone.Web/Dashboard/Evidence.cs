using Lodestone.News.Storage;

namespace Lodestone.Web.Dashboard;

/// <summary>Evidence sentences with every field's span marked: the article's own words, with <c>&lt;mark&gt;</c> around what was read.</summary>
internal static class Evidence
{
    /// <summary>Cuts <paramref name="text"/>[start, end) into plain runs and field spans (<c>Field</c> set), in order, for
    /// <see cref="Components.EvidenceText"/> to wrap each span in <c>&lt;mark class="f-FIELD"&gt;</c>.</summary>
    /// <remarks>
    /// Offsets come from the store and count into the stored article text; ones outside the text or the sentence are
    /// ignored rather than trusted. Overlapping spans keep the first (the longer at equal starts), so marks never nest.
    /// </remarks>
    public static IReadOnlyList<(string Text, FieldSpan? Field)> Highlighted(string text, int start, int end, IReadOnlyList<FieldSpan> fields)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var runs = new List<(string, FieldSpan?)>();
        var position = start;
        foreach (var f in Inside(fields, start, end))
        {
            if (f.Start < position)
            {
                continue;
            }
            runs.Add((text[position..f.Start], null));
            runs.Add((text[f.Start..f.End], f));
            position = f.End;
        }
        runs.Add((text[position..end], null));
        return runs;
    }

    /// <summary>The field spans that lie inside [start, end), in text order.</summary>
    public static IReadOnlyList<FieldSpan> Inside(IReadOnlyList<FieldSpan> fields, int start, int end) =>
        fields.Where(f => f.Start >= start && f.End <= end && f.Start < f.End)
            .OrderBy(f => f.Start).ThenByDescending(f => f.End)
            .ToList();
}
