using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Lodestone.Data.Loading;

/// <summary>Reads a CSV file into <see cref="CsvRow"/>s with a real parser (quoted commas, CRLF, UTF-8).</summary>
/// <remarks>
/// Structural problems (missing columns, wrong field counts from a truncated line, unbalanced quotes) are logged
/// with their line; rows whose cells are all blank (padding) are skipped. A NUL character and a column named twice in
/// the header are issues (the last duplicate column used to win silently). Files read by path are strict UTF-8: an
/// invalid byte sequence is an issue at the line and field it falls in (it used to be kept as U+FFFD).
/// </remarks>
public static class CsvFile
{
    public static IReadOnlyList<CsvRow> Read(string path, string displayName, IssueLog issues, IReadOnlyCollection<string> requiredColumns)
    {
        var (encoding, invalid) = CountingDecoderFallback.Utf8();
        using var reader = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: false);
        return Read(reader, displayName, issues, requiredColumns, invalid);
    }

    public static IReadOnlyList<CsvRow> Read(TextReader reader, string displayName, IssueLog issues, IReadOnlyCollection<string> requiredColumns) =>
        Read(reader, displayName, issues, requiredColumns, invalid: null);

    private static IReadOnlyList<CsvRow> Read(TextReader reader, string displayName, IssueLog issues, IReadOnlyCollection<string> requiredColumns,
        CountingDecoderFallback? invalid)
    {
        var rows = new List<CsvRow>();
        var issuesBefore = issues.CountFor(displayName);
        var badData = new List<(int Line, string Text)>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = true,
            DetectColumnCountChanges = false,
            BadDataFound = args => badData.Add((args.Context.Parser?.RawRow ?? 0, args.Field)),
        };
        using var parser = new CsvParser(reader, config);
        if (Header(parser, displayName, issues, requiredColumns, invalid) is not { } columns)
        {
            return rows;
        }
        try
        {
            while (parser.Read())
            {
                if (Row(parser.Record ?? [], columns, parser.RawRow, displayName, issues, invalid) is { } row)
                {
                    rows.Add(row);
                }
            }
        }
        catch (CsvHelperException e)
        {
            issues.Add(displayName, e.Context?.Parser?.RawRow ?? 0, null, "malformed CSV: " + e.Message.Split('\n')[0]);
        }
        foreach (var (line, text) in badData)
        {
            issues.Add(displayName, line, FieldOf(rows, line, text), $"malformed CSV: stray quote in field '{Truncate(text)}'");
        }
        if (invalid is { Count: > 0 } && issues.CountFor(displayName) == issuesBefore)
        {
            issues.Add(displayName, 0, null, $"{invalid.Count} invalid UTF-8 byte sequence(s): the file must be UTF-8");
        }
        return rows;
    }

    /// <summary>Reads rows one at a time, for files too large to hold (a BACI release): memory stays flat in the file's
    /// size.</summary>
    /// <remarks>
    /// The same checks as <see cref="Read(TextReader, string, IssueLog, IReadOnlyCollection{string})"/>; a stray quote
    /// is reported once its record is read, naming the field that holds it.
    /// </remarks>
    public static IEnumerable<CsvRow> Stream(TextReader reader, string displayName, IssueLog issues, IReadOnlyCollection<string> requiredColumns) =>
        Stream(reader, displayName, issues, requiredColumns, invalid: null);

    /// <summary>Reads the file at <paramref name="path"/> one row at a time, strict UTF-8 as <see cref="Read(string, string, IssueLog, IReadOnlyCollection{string})"/>.</summary>
    public static IEnumerable<CsvRow> Stream(string path, string displayName, IssueLog issues, IReadOnlyCollection<string> requiredColumns)
    {
        var (encoding, invalid) = CountingDecoderFallback.Utf8();
        using var reader = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: false);
        var issuesBefore = issues.CountFor(displayName);
        foreach (var row in Stream(reader, displayName, issues, requiredColumns, invalid))
        {
            yield return row;
        }
        if (invalid.Count > 0 && issues.CountFor(displayName) == issuesBefore)
        {
            issues.Add(displayName, 0, null, $"{invalid.Count} invalid UTF-8 byte sequence(s): the file must be UTF-8");
        }
    }

    private static IEnumerable<CsvRow> Stream(TextReader reader, string displayName, IssueLog issues, IReadOnlyCollection<string> requiredColumns,
        CountingDecoderFallback? invalid)
    {
        // A stray quote is reported once its record is read, so the field holding it can be named.
        var badData = new List<(int Line, string Text)>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = true,
            DetectColumnCountChanges = false,
            BadDataFound = args => badData.Add((args.Context.Parser?.RawRow ?? 0, args.Field)),
        };
        using var parser = new CsvParser(reader, config);
        var columns = Header(parser, displayName, issues, requiredColumns, invalid);
        if (columns is null)
        {
            yield break;
        }
        while (true)
        {
            string[] record;
            int line;
            try
            {
                if (!parser.Read())
                {
                    ReportBadData(badData, null, null, displayName, issues);
                    yield break;
                }
                record = parser.Record ?? [];
                line = parser.RawRow;
            }
            catch (CsvHelperException e)
            {
                ReportBadData(badData, null, null, displayName, issues);
                issues.Add(displayName, e.Context?.Parser?.RawRow ?? 0, null, "malformed CSV: " + e.Message.Split('\n')[0]);
                yield break;
            }
            ReportBadData(badData, record, columns, displayName, issues);
            if (Row(record, columns, line, displayName, issues, invalid) is { } row)
            {
                yield return row;
            }
        }
    }

    /// <summary>Logs the stray quotes met so far, naming the column of <paramref name="record"/> whose cell holds
    /// one.</summary>
    private static void ReportBadData(List<(int Line, string Text)> badData, string[]? record, string[]? columns, string displayName, IssueLog issues)
    {
        foreach (var (line, text) in badData)
        {
            var bare = text.Trim().Trim('"').Trim();
            var at = record is null ? -1 : Array.FindIndex(record, cell => cell.Length > 0
                && (cell.Contains(bare, StringComparison.Ordinal) || bare.Contains(cell.Trim('"'), StringComparison.Ordinal)));
            var field = at >= 0 && at < columns!.Length ? columns[at] : null;
            issues.Add(displayName, line, field, $"malformed CSV: stray quote in field '{Truncate(text)}'");
        }
        badData.Clear();
    }

    /// <summary>One record as a row; null for a blank (padding) line, or a line with the wrong field count (logged at its line).</summary>
    private static CsvRow? Row(string[] record, string[] columns, int line, string displayName, IssueLog issues, CountingDecoderFallback? invalid)
    {
        if (record.All(string.IsNullOrWhiteSpace))
        {
            return null;
        }
        if (record.Length != columns.Length)
        {
            // Name the first missing (or first extra) column, so a truncated line points at a field.
            var field = record.Length < columns.Length ? columns[record.Length] : columns[^1];
            issues.Add(displayName, line, field, $"expected {columns.Length} fields, found {record.Length} (truncated or malformed line?)");
            return null;
        }
        var cells = new Dictionary<string, string>(columns.Length, StringComparer.Ordinal);
        var clean = true;
        for (var i = 0; i < columns.Length; i++)
        {
            cells[columns[i]] = record[i];
            if (BadCharacter([record[i]], invalid) is { } bad)
            {
                issues.Add(displayName, line, columns[i], bad);
                clean = false;
            }
        }
        return clean ? new CsvRow(displayName, line, cells, issues) : null;
    }

    /// <summary>Reads and checks the header row; null (with an issue logged) when the file is empty or lacks a required column.</summary>
    private static string[]? Header(CsvParser parser, string displayName, IssueLog issues, IReadOnlyCollection<string> requiredColumns,
        CountingDecoderFallback? invalid)
    {
        if (!parser.Read() || parser.Record is not { } header)
        {
            issues.Add(displayName, 1, null, "the file is empty: expected a header row with " + string.Join(", ", requiredColumns));
            return null;
        }
        var columns = header.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        if (columns.GroupBy(c => c, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            issues.Add(displayName, 1, twice.Key, $"column '{twice.Key}' appears {twice.Count()} times in the header: each column must be named once");
            return null;
        }
        if (BadCharacter(columns, invalid) is { } badHeader)
        {
            issues.Add(displayName, 1, null, badHeader + " in the header row");
            return null;
        }
        var missing = requiredColumns.Where(c => !columns.Contains(c, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            issues.Add(displayName, 1, missing[0], "missing column(s): " + string.Join(", ", missing) + "; expected header with " + string.Join(", ", requiredColumns));
            return null;
        }
        return columns;
    }

    /// <summary>Why a cell cannot be kept: a NUL, or (when the decoder met invalid bytes) the replacement they became; else null.</summary>
    private static string? BadCharacter(IEnumerable<string> cells, CountingDecoderFallback? invalid)
    {
        foreach (var cell in cells)
        {
            if (cell.Contains('\0', StringComparison.Ordinal))
            {
                return "NUL character: text files must not contain NUL bytes";
            }
            if (invalid is { Count: > 0 } && cell.Contains(CountingDecoderFallback.Replacement, StringComparison.Ordinal))
            {
                return "invalid UTF-8 byte sequence: the file must be UTF-8";
            }
        }
        return null;
    }

    /// <summary>The column whose cell holds the bad text, when the row was read; null when it cannot be told.</summary>
    private static string? FieldOf(List<CsvRow> rows, int line, string text)
    {
        var bare = text.Trim().Trim('"').Trim();
        var row = rows.FirstOrDefault(r => r.Line == line);
        return row?.Columns.FirstOrDefault(c => row.Raw(c) is { Length: > 0 } cell && (cell.Contains(bare, StringComparison.Ordinal) || bare.Contains(cell.Trim('"'), StringComparison.Ordinal)));
    }

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
