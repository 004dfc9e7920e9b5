using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Lodestone.Data.Loading;

namespace Lodestone.Data.Usgs;

/// <summary>Reads one CSV file of the USGS release with a real parser (quoted commas, CRLF, UTF-8 with or without BOM).</summary>
/// <remarks>
/// Rows whose cells are all blank after trimming are padding (the bauxite salient file ends with six of them) and are
/// skipped. Every other row must have as many fields as the header; a short or long row is logged with its line.
/// </remarks>
internal static class UsgsCsv
{
    /// <summary>Reads the file at <paramref name="path"/>; problems go to <paramref name="issues"/> under <paramref name="displayName"/>.</summary>
    public static UsgsTable Read(string path, string displayName, IssueLog issues)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, displayName, issues);
    }

    /// <summary>Reads CSV text from <paramref name="reader"/>; problems go to <paramref name="issues"/> under <paramref name="displayName"/>.</summary>
    public static UsgsTable Read(TextReader reader, string displayName, IssueLog issues)
    {
        var rows = new List<UsgsTableRow>();
        var badData = new List<(int Line, string Text)>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            DetectColumnCountChanges = false,
            BadDataFound = args => badData.Add((args.Context.Parser?.RawRow ?? 0, args.Field)),
        };
        using var parser = new CsvParser(reader, config);
        if (!parser.Read() || parser.Record is not { } header)
        {
            issues.Add(displayName, 1, null, "the file is empty: expected a header row");
            return new UsgsTable(displayName, [], rows);
        }
        var columns = header.Select(UsgsText.Clean).ToArray();
        try
        {
            while (parser.Read())
            {
                var record = parser.Record ?? [];
                if (record.All(c => UsgsText.Clean(c).Length == 0))
                {
                    continue;
                }
                if (record.Length != columns.Length)
                {
                    issues.Add(displayName, parser.RawRow, null,
                        $"expected {columns.Length} fields as in the header, found {record.Length} (truncated or malformed line?)");
                    continue;
                }
                rows.Add(new UsgsTableRow(parser.RawRow, record));
            }
        }
        catch (CsvHelperException e)
        {
            issues.Add(displayName, e.Context?.Parser?.RawRow ?? 0, null, "malformed CSV: " + e.Message.Split('\n')[0]);
        }
        foreach (var (line, text) in badData)
        {
            issues.Add(displayName, line, null, $"malformed CSV: stray quote in field '{(text.Length <= 40 ? text : text[..40] + "…")}'");
        }
        return new UsgsTable(displayName, columns, rows);
    }
}
