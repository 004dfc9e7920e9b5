using Lodestone.News.Storage;

namespace Lodestone.Web.Dashboard;

/// <summary>Evidence sentences with every field's span marked: the article's own words, encoded, with <c>&lt;mark&gt;</c> around what was read.</summary>
internal static class Evidence
{
    /// <summary>Writes <paramref name="text"/>[start, end) with each field span inside it wrapped in <c>&lt;mark class="f-FIELD"&gt;</c>.</summary>
    /// <remarks>
    /// Offsets come from the store and count into the stored article text; ones outside the text or the sentence are
    /// ignored rather than trusted. Overlapping spans keep the first (the longer at equal starts), so marks never nest.
    /// </remarks>
    public static Html Highlighted(this Html h, string text, int start, int end, IReadOnlyList<FieldSpan> fields)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var position = start;
        foreach (var f in Inside(fields, start, end))
        {
            if (f.Start < position)
            {
                continue;
            }
            h.Text(text[position..f.Start])
                .Open("mark", ("class", "f-" + f.Field), ("title", f.Field + ": " + f.Value))
                .Text(text[f.Start..f.End])
                .Close("mark");
            position = f.End;
        }
        return h.Text(text[position..end]);
    }

    /// <summary>The field spans that lie inside [start, end), in text order.</summary>
    public static IReadOnlyList<FieldSpan> Inside(IReadOnlyList<FieldSpan> fields, int start, int end) =>
        fields.Where(f => f.Start >= start && f.End <= end && f.Start < f.End)
            .OrderBy(f => f.Start).ThenByDescending(f => f.End)
            .ToList();
}
