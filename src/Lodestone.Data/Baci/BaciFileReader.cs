using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Lodestone.Data.Loading;
using Lodestone.Domain.Trade;

namespace Lodestone.Data.Baci;

/// <summary>Streams the flows of one BACI file, in CEPII's raw form (<c>t,i,j,k,v,q</c>) or the ISO3 matrix form of
/// <c>data/trade/</c>.</summary>
/// <remarks> Raw form (CEPII, "The CEPII-BACI dataset"): <c>t</c> year, <c>i</c>/<c>j</c> exporter/importer as BACI
/// numeric codes, <c>k</c> HS6 code, <c>v</c> value in <b>thousands</b> of current USD (converted to USD exactly, so
/// 52.051 becomes 52051: <see cref="BaciNumbers"/>), <c>q</c> tonnes, space-padded, blank or "NA" when BACI has no
/// quantity (missing, never zero). A <c>k</c> of five digits lost its leading zero to a numeric reader upstream and is
/// padded back. Every problem is logged as file:line:field; reading stops at the caller's limit of issues. Nothing here
/// holds more than one row. Only the flows of the codes the import keeps (the mapped ones by default) are handed on;
/// the rest are read, checked and counted per code.
/// </remarks>
internal static class BaciFileReader
{
    public static readonly string[] RawColumns = ["t", "i", "j", "k", "v", "q"];

    /// <summary>The kept flows of one file; every row is read and checked, the skipped ones counted (<see
    /// cref="BaciReadContext.Keep"/>).</summary>
    /// <param name="open">Opens the file's text from its start (called again for the matrix form after its header was
    /// looked at).</param>
    public static IEnumerable<TradeFlow> Read(Func<TextReader> open, string file, BaciReadContext context)
    {
        bool raw;
        using (var peek = new LineReader(open()))
        {
            raw = peek.TryRead(out var header) && BaciRawParser.IsRawHeader(header);
        }
        return raw ? ReadRaw(open, file, context) : ReadMatrix(open, file, context);
    }

    /// <summary>CEPII's raw form, line by line over spans (<see cref="BaciRawParser"/>): the path of a full release's
    /// 11 million rows.</summary>
    private static IEnumerable<TradeFlow> ReadRaw(Func<TextReader> open, string file, BaciReadContext context)
    {
        using var lines = new LineReader(open());
        lines.TryRead(out _);
        var parser = new BaciRawParser(file, context);
        var issues = context.Issues;
        while (issues.Issues.Count < context.MaxIssues && lines.TryRead(out var line))
        {
            if (parser.Parse(line, lines.Line) is { } flow)
            {
                yield return flow;
            }
        }
        parser.Flush();
        if (lines.TooLong)
        {
            issues.Add(file, lines.Line + 1, null,
                $"a line longer than {LineReader.MaxLine:N0} characters: not a BACI file? nothing was imported");
        }
        else if (issues.Issues.Count < context.MaxIssues && !lines.EndsWithLineBreak)
        {
            issues.Add(file, lines.Line, null, "the file ends in the middle of a line (no final line break): "
                + "truncated download? nothing was imported");
        }
    }

    /// <summary>The ISO3 matrix form of <c>data/trade/</c> (a few thousand rows with named columns), through
    /// CsvHelper.</summary>
    private static IEnumerable<TradeFlow> ReadMatrix(Func<TextReader> open, string file, BaciReadContext context)
    {
        var (issues, tally, maxIssues) = (context.Issues, context.Tally, context.MaxIssues);
        using var tracked = new TailTrackingReader(open());
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            BadDataFound = args => issues.Add(file, args.Context.Parser?.RawRow ?? 0, null,
                $"malformed CSV: stray quote near '{args.Field}'"),
        };
        using var parser = new CsvParser(tracked, config);
        if (MatrixHeader(parser, file, issues) is not { } columns)
        {
            yield break;
        }
        var lastLine = 1;
        var codes = new Dictionary<string, BaciCode>(StringComparer.Ordinal);
        while (issues.Issues.Count < maxIssues)
        {
            string[] record;
            try
            {
                if (!parser.Read())
                {
                    break;
                }
                record = parser.Record ?? [];
            }
            catch (CsvHelperException e)
            {
                issues.Add(file, e.Context?.Parser?.RawRow ?? lastLine + 1, null, "malformed CSV: " + e.Message.Split('\n')[0]);
                yield break;
            }
            lastLine = parser.RawRow;
            tally.Position = (file, lastLine);
            if (IsBlank(record))
            {
                continue;
            }
            tally.Rows++;
            if (record.Length != columns.Length)
            {
                var field = record.Length < columns.Length ? columns[record.Length] : columns[^1];
                issues.Add(file, lastLine, field,
                    $"expected {columns.Length} fields, found {record.Length} (truncated or malformed line?)");
                continue;
            }
            if (MatrixFlow(record, columns, file, lastLine, context) is { } flow && Kept(flow, codes, file, lastLine,
                context))
            {
                yield return flow;
            }
        }
        if (issues.Issues.Count < maxIssues && tracked.Last is { } last && last != '\n' && last != '\r')
        {
            issues.Add(file, lastLine, null, "the file ends in the middle of a line (no final line break): truncated download? nothing was imported");
        }
    }

    /// <summary>The matrix form's header, trimmed; null (reported) when the file is empty or lacks a column of
    /// <see cref="TradeFlowReader.Columns"/>.</summary>
    private static string[]? MatrixHeader(CsvParser parser, string file, IssueLog issues)
    {
        if (!parser.Read() || parser.Record is not { } header)
        {
            issues.Add(file, 1, null,
                "the file is empty: expected a header t,i,j,k,v,q (BACI raw) or " + string.Join(",", TradeFlowReader.Columns));
            return null;
        }
        var columns = header.Select(h => h.Trim()).ToArray();
        if (!TradeFlowReader.Columns.All(c => columns.Contains(c, StringComparer.Ordinal)))
        {
            issues.Add(file, 1, "header", "expected BACI's raw columns t,i,j,k,v,q or the ISO3 matrix columns "
                + $"{string.Join(",", TradeFlowReader.Columns)}, got '{string.Join(",", columns)}'");
            return null;
        }
        return columns;
    }

    /// <summary>Counts a matrix row's code and year and says whether the import keeps it (an unlisted product is an
    /// error).</summary>
    private static bool Kept(TradeFlow flow, Dictionary<string, BaciCode> codes, string file, int line,
        BaciReadContext context)
    {
        if (!codes.TryGetValue(flow.Hs6, out var code))
        {
            codes[flow.Hs6] = code = context.Code(flow.Hs6);
        }
        if (!code.Listed)
        {
            context.Issues.Add(file, line, "hs6", $"product code {flow.Hs6} is not in {context.Products!.Value.File}");
            return false;
        }
        var tally = context.Tally;
        tally.Codes[code.Hs6] = tally.Codes.GetValueOrDefault(code.Hs6) + 1;
        tally.Years.Add(flow.Year);
        if (!code.Kept)
        {
            tally.Skipped++;
            return false;
        }
        tally.Count(flow);
        return true;
    }

    private static bool IsBlank(string[] record)
    {
        foreach (var field in record)
        {
            if (!string.IsNullOrWhiteSpace(field))
            {
                return false;
            }
        }
        return true;
    }

    private static TradeFlow? MatrixFlow(string[] record, string[] columns, string file, int line,
        BaciReadContext context)
    {
        var (release, source) = (context.Release, context.Source);
        var cells = new Dictionary<string, string>(columns.Length, StringComparer.Ordinal);
        for (var i = 0; i < columns.Length; i++)
        {
            cells[columns[i]] = record[i];
        }
        var row = new CsvRow(file, line, cells, context.Issues);
        var flow = TradeFlowReader.ReadRow(row, context.Reference, source.Id, release.Nomenclature);
        if (flow is null)
        {
            return null;
        }
        if (flow.SourceId != source.Id || flow.Nomenclature != release.Nomenclature)
        {
            row.Error(flow.SourceId != source.Id ? "source_id" : "nomenclature",
                $"this row is from {flow.SourceId} ({flow.Nomenclature}), the file from {source.Id} ({release.Nomenclature}): CEPII asks not to mix releases; import such a file with 'data import'");
            return null;
        }
        return flow;
    }

    /// <summary>The largest value one flow may have, in thousands of USD: 10^12, i.e. USD 10^15, forty times the world's yearly
    /// merchandise trade (about USD 24 trillion in 2023, WTO). Above it a value is a corrupt field; without the bound a value near
    /// decimal's maximum overflowed on the conversion to USD (found by scripts/fuzz baci).</summary>
    internal const decimal MaxThousands = 1_000_000_000_000m;
}
