using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;

namespace Lodestone.Data.Loading;

/// <summary>A fast pass over a CSV file that needs none of <see cref="CsvFile"/>'s care: fields are split over spans
/// of the file's text, no row object is made.</summary>
/// <remarks>
/// It gives up (returns false) at the first thing only the full parser handles or reports: bytes that are not UTF-8,
/// a NUL, a byte-order mark, a header other than the expected one, a carriage return not ending a line, a blank line,
/// a field count other than the header's, a quote that does not open or close a field. The caller then reads the file
/// with <see cref="CsvFile"/>, which reports the problem with its line: a file this pass reads whole is one the full
/// parser reads without an issue, into the same cells (CsvHelper with the invariant culture splits such lines at their
/// commas). Made for the 9 MB export series, read on the first trade view of every process (docs/performance.md).
/// </remarks>
internal static class PlainCsv
{
    private static readonly SearchValues<char> Special = SearchValues.Create(",\"\r");
    private static readonly SearchValues<char> InQuotes = SearchValues.Create("\"\r");

    /// <summary>Calls <paramref name="onRow"/> for each data row of <paramref name="path"/>, whose header must be
    /// exactly <paramref name="header"/>; false when the file needs the full parser or <paramref name="onRow"/> gave
    /// up.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryRead(string path, IReadOnlyList<string> header, PlainCsvRow onRow)
    {
        var bytes = File.ReadAllBytes(path);
        if (!Utf8.IsValid(bytes))
        {
            return false;
        }
        var text = Encoding.UTF8.GetString(bytes);
        if (text.Length == 0 || text[0] == '\uFEFF' || text.Contains('\0', StringComparison.Ordinal))
        {
            return false;
        }
        Span<Range> fields = new Range[header.Count];
        var rest = text.AsSpan();
        var first = true;
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf('\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (line.EndsWith('\r'))
            {
                line = line[..^1];
            }
            if (!TrySplit(line, fields) || !(first ? IsHeader(line, fields, header) : onRow(line, fields)))
            {
                return false;
            }
            first = false;
        }
        return !first;
    }

    private static bool IsHeader(ReadOnlySpan<char> line, ReadOnlySpan<Range> fields, IReadOnlyList<string> header)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (!line[fields[i]].SequenceEqual(header[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Splits a line at its commas into exactly <c>fields.Length</c> fields; false when it has another count
    /// or anything the full parser would have to judge (a stray quote, a carriage return).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TrySplit(ReadOnlySpan<char> line, Span<Range> fields)
    {
        var count = 0;
        var i = 0;
        while (count < fields.Length)
        {
            var start = i;
            if (i < line.Length && line[i] == '"')
            {
                i = ClosingQuote(line, i + 1);
                if (i < 0 || (++i < line.Length && line[i] != ','))
                {
                    return false;
                }
            }
            else
            {
                var next = line[i..].IndexOfAny(Special);
                if (next >= 0 && line[i + next] != ',')
                {
                    return false;
                }
                i = next < 0 ? line.Length : i + next;
            }
            fields[count++] = start..i;
            if (i == line.Length)
            {
                return count == fields.Length;
            }
            i++;
        }
        return false;
    }

    /// <summary>The index of the quote closing a field whose text starts at <paramref name="from"/> (a doubled quote is
    /// text); -1 when the line ends first or holds a carriage return.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ClosingQuote(ReadOnlySpan<char> line, int from)
    {
        var i = from;
        while (true)
        {
            var next = line[i..].IndexOfAny(InQuotes);
            if (next < 0 || line[i + next] == '\r')
            {
                return -1;
            }
            i += next;
            if (i + 1 < line.Length && line[i + 1] == '"')
            {
                i += 2;
                continue;
            }
            return i;
        }
    }
}
