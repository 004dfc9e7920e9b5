using System.Buffers;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Lodestone.Data.Loading;
using Lodestone.Domain.Model;
using Lodestone.Domain.Trade;

namespace Lodestone.Data.Baci;

/// <summary>Streams the flows of one BACI file, in CEPII's raw form (<c>t,i,j,k,v,q</c>) or the ISO3 matrix form of <c>data/trade/</c>.</summary>
/// <remarks>
/// Raw form (CEPII, "The CEPII-BACI dataset"): <c>t</c> year, <c>i</c>/<c>j</c> exporter/importer as BACI numeric codes, <c>k</c>
/// HS6 code, <c>v</c> value in <b>thousands</b> of current USD (converted to USD through decimal arithmetic, so 52.051 becomes
/// exactly 52051), <c>q</c> tonnes, space-padded, blank or "NA" when BACI has no quantity (missing, never zero). A <c>k</c> of
/// five digits lost its leading zero to a numeric reader upstream and is padded back. Every problem is logged as file:line:field;
/// reading stops at the caller's limit of issues. Nothing here holds more than one row.
/// </remarks>
internal static class BaciFileReader
{
    public static readonly string[] RawColumns = ["t", "i", "j", "k", "v", "q"];

    public static IEnumerable<TradeFlow> Read(TextReader text, string file, BaciRelease release, Source source, BaciCountryCodes countries,
        ReferenceData reference, BaciTally tally, IssueLog issues, int maxIssues)
    {
        using var tracked = new TailTrackingReader(text);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            BadDataFound = args => issues.Add(file, args.Context.Parser?.RawRow ?? 0, null, $"malformed CSV: stray quote near '{args.Field}'"),
        };
        using var parser = new CsvParser(tracked, config);
        if (!parser.Read() || parser.Record is not { } header)
        {
            issues.Add(file, 1, null, "the file is empty: expected a header t,i,j,k,v,q (BACI raw) or " + string.Join(",", TradeFlowReader.Columns));
            yield break;
        }
        var columns = header.Select(h => h.Trim()).ToArray();
        var raw = columns.SequenceEqual(RawColumns, StringComparer.Ordinal);
        if (!raw && !TradeFlowReader.Columns.All(c => columns.Contains(c, StringComparer.Ordinal)))
        {
            issues.Add(file, 1, "header", $"expected BACI's raw columns t,i,j,k,v,q or the ISO3 matrix columns {string.Join(",", TradeFlowReader.Columns)}, got '{string.Join(",", columns)}'");
            yield break;
        }
        var lastLine = 1;
        var codes = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
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
                issues.Add(file, lastLine, field, $"expected {columns.Length} fields, found {record.Length} (truncated or malformed line?)");
                continue;
            }
            var flow = raw
                ? RawFlow(record, file, lastLine, release, source, countries, codes, tally, issues)
                : MatrixFlow(record, columns, file, lastLine, release, source, reference, issues);
            if (flow is not null)
            {
                tally.Count(flow);
                yield return flow;
            }
        }
        if (issues.Issues.Count < maxIssues && tracked.Last is { } last && last != '\n' && last != '\r')
        {
            issues.Add(file, lastLine, null, "the file ends in the middle of a line (no final line break): truncated download? nothing was imported");
        }
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

    private static TradeFlow? RawFlow(string[] r, string file, int line, BaciRelease release, Source source, BaciCountryCodes countries,
        Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> codes, BaciTally tally, IssueLog issues)
    {
        var errors = issues.Issues.Count;
        var year = Year(r[0], file, line, issues);
        var exporter = Country(r[1], "i", file, line, countries, tally, issues, out var exporterSkipped);
        var importer = Country(r[2], "j", file, line, countries, tally, issues, out var importerSkipped);
        var hs6 = Product(r[3], codes, file, line, tally, issues);
        var value = Value(r[4], file, line, issues);
        var tonnes = Tonnes(r[5], file, line, issues);
        if (issues.Issues.Count > errors || exporterSkipped || importerSkipped || hs6 is null)
        {
            return null;
        }
        return new TradeFlow(year, exporter!.Value, importer!.Value, hs6, value, tonnes, source.Id, release.Nomenclature);
    }

    private static TradeFlow? MatrixFlow(string[] record, string[] columns, string file, int line, BaciRelease release, Source source,
        ReferenceData reference, IssueLog issues)
    {
        var cells = new Dictionary<string, string>(columns.Length, StringComparer.Ordinal);
        for (var i = 0; i < columns.Length; i++)
        {
            cells[columns[i]] = record[i];
        }
        var row = new CsvRow(file, line, cells, issues);
        var flow = TradeFlowReader.ReadRow(row, reference, source.Id, release.Nomenclature);
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

    private static int Year(string text, string file, int line, IssueLog issues)
    {
        if (int.TryParse(text.AsSpan().Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1988 and <= 2100)
        {
            return year;
        }
        issues.Add(file, line, "t", $"expected a year such as 2021, got '{text}'");
        return 0;
    }

    private static Iso3? Country(string text, string field, string file, int line, BaciCountryCodes countries, BaciTally tally, IssueLog issues,
        out bool skipped)
    {
        skipped = false;
        if (!int.TryParse(text.AsSpan().Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            issues.Add(file, line, field, $"expected a BACI numeric country code such as 842, got '{text}'");
            return null;
        }
        if (countries.Find(code) is not { } country)
        {
            issues.Add(file, line, field, $"country code {code} is not in {countries.Origin}");
            return null;
        }
        if (country.Iso3 is not { } iso3)
        {
            skipped = true;
            tally.Aggregates[code] = (country.Name, tally.Aggregates.GetValueOrDefault(code).Rows + 1);
            return null;
        }
        if (country.Note is not null)
        {
            tally.Renamed[code] = (iso3.Code, tally.Renamed.GetValueOrDefault(code).Rows + 1);
        }
        return iso3;
    }

    /// <summary>The six-digit code, one string per distinct code (<paramref name="codes"/>): 11 million rows share ~5,400 strings.</summary>
    private static string? Product(string text, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> codes, string file, int line,
        BaciTally tally, IssueLog issues)
    {
        var k = text.AsSpan().Trim();
        if (k.Length is 5 or 6 && !k.ContainsAnyExceptInRange('0', '9'))
        {
            Span<char> padded = stackalloc char[6];
            padded[0] = '0';
            k.CopyTo(padded[(6 - k.Length)..]);
            if (k.Length == 5)
            {
                tally.PaddedCodes++;
            }
            if (!codes.TryGetValue(padded, out var hs6))
            {
                hs6 = padded.ToString();
                codes[hs6] = hs6;
            }
            return hs6;
        }
        if (k.Length == 6 && !k.ContainsAnyExcept(LettersAndDigits))
        {
            tally.NonHsProducts++;
            return null;
        }
        issues.Add(file, line, "k", $"expected a six-digit HS code such as 811292, got '{k.ToString()}'");
        return null;
    }

    private static readonly SearchValues<char> LettersAndDigits = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>The largest value one flow may have, in thousands of USD: 10^12, i.e. USD 10^15, forty times the world's yearly
    /// merchandise trade (about USD 24 trillion in 2023, WTO). Above it a value is a corrupt field; without the bound a value near
    /// decimal's maximum overflowed on the conversion to USD (found by scripts/fuzz baci).</summary>
    internal const decimal MaxThousands = 1_000_000_000_000m;

    private static double Value(string text, string file, int line, IssueLog issues)
    {
        if (decimal.TryParse(text.AsSpan().Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var thousands) && thousands > 0
            && thousands <= MaxThousands)
        {
            return (double)(thousands * 1000m);
        }
        issues.Add(file, line, "v", $"expected a positive value in thousands of USD such as 52.051, at most {MaxThousands:N0}, got '{text}'");
        return 0;
    }

    private static double? Tonnes(string text, string file, int line, IssueLog issues)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length == 0 || trimmed.SequenceEqual("NA"))
        {
            return null;
        }
        // A run of hundreds of digits parses as infinity: refused like any other non-quantity.
        if (double.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var tonnes) && double.IsFinite(tonnes))
        {
            return tonnes;
        }
        issues.Add(file, line, "q", $"expected a quantity in tonnes such as 13.235, blank or NA, got '{text}'");
        return null;
    }
}
