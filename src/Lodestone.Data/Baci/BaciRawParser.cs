using System.Buffers;
using System.Globalization;
using Lodestone.Domain.Model;
using Lodestone.Domain.Trade;

namespace Lodestone.Data.Baci;

/// <summary>Reads one line of CEPII's raw form (<c>t,i,j,k,v,q</c>) into a flow, checking every field, without a string
/// per field.</summary>
/// <remarks> Every row is parsed and checked, kept or not: a skipped code's bad value is an error like a kept one's.
/// Fields are split on commas; a field in double quotes (CEPII quotes the padded quantity: <c>"       13.235"</c>)
/// loses its quotes, and a line whose commas do not give six fields is split again honouring quotes. Only a kept row
/// becomes a <see cref="TradeFlow"/>.
/// </remarks>
internal sealed class BaciRawParser(string file, BaciReadContext context)
{
    private const int FieldCount = 6;
    private static readonly SearchValues<char> LettersAndDigits =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private readonly Dictionary<string, BaciCode> _codes = new(StringComparer.Ordinal);
    private int _lastYear;

    /// <summary>The kept flow on <paramref name="line"/>; null for a blank line, a skipped code, an aggregate or a bad
    /// row (logged).</summary>
    public TradeFlow? Parse(ReadOnlySpan<char> line, int number)
    {
        Span<Range> ranges = stackalloc Range[FieldCount + 1];
        var count = line.Split(ranges, ',');
        if (count != FieldCount && line.Contains('"'))
        {
            count = QuotedSplit(line, ranges);
        }
        if (IsBlank(line))
        {
            return null;
        }
        var tally = context.Tally;
        tally.Position = (file, number);
        tally.Rows++;
        if (count != FieldCount)
        {
            var found = line.Count(',') + 1;
            var field = found < FieldCount ? BaciFileReader.RawColumns[found] : "q";
            Error(number, field, $"expected {FieldCount} fields, found {found} (truncated or malformed line?)");
            return null;
        }
        var errors = context.Issues.Issues.Count;
        var year = Year(Field(line, ranges[0], number, "t"), number);
        var exporter = Country(Field(line, ranges[1], number, "i"), "i", number, out var exporterSkipped);
        var importer = Country(Field(line, ranges[2], number, "j"), "j", number, out var importerSkipped);
        var code = Product(Field(line, ranges[3], number, "k"), number);
        var value = Value(Field(line, ranges[4], number, "v"), number);
        var tonnes = Tonnes(Field(line, ranges[5], number, "q"), number);
        if (context.Issues.Issues.Count > errors || exporterSkipped || importerSkipped || code is null)
        {
            return null;
        }
        code.Rows++;
        if (year != _lastYear)
        {
            tally.Years.Add(year);
            _lastYear = year;
        }
        if (!code.Kept)
        {
            tally.Skipped++;
            return null;
        }
        var flow = new TradeFlow(year, exporter!.Value, importer!.Value, code.Hs6, value, tonnes, context.Source.Id,
            context.Release.Nomenclature);
        tally.Count(flow);
        return flow;
    }

    /// <summary>Adds the rows per code read from this file to the tally.</summary>
    public void Flush()
    {
        foreach (var code in _codes.Values.Where(c => c.Rows > 0))
        {
            context.Tally.Codes[code.Hs6] = context.Tally.Codes.GetValueOrDefault(code.Hs6) + code.Rows;
        }
    }

    /// <summary>True when <paramref name="header"/> is CEPII's raw header, quoted or not.</summary>
    public static bool IsRawHeader(ReadOnlySpan<char> header)
    {
        Span<Range> ranges = stackalloc Range[FieldCount + 1];
        if (header.Split(ranges, ',') != FieldCount)
        {
            return false;
        }
        for (var i = 0; i < FieldCount; i++)
        {
            if (!Unquoted(header[ranges[i]].Trim()).Trim().SequenceEqual(BaciFileReader.RawColumns[i]))
            {
                return false;
            }
        }
        return true;
    }

    private ReadOnlySpan<char> Field(ReadOnlySpan<char> line, Range range, int number, string column)
    {
        var text = line[range].Trim();
        if (text.Length == 0 || text[0] != '"')
        {
            return text;
        }
        if (text.Length >= 2 && text[^1] == '"' && !text[1..^1].Contains('"'))
        {
            return text[1..^1].Trim();
        }
        Error(number, column, $"malformed CSV: stray quote in '{text.ToString()}'");
        return text;
    }

    private static ReadOnlySpan<char> Unquoted(ReadOnlySpan<char> text) =>
        text.Length >= 2 && text[0] == '"' && text[^1] == '"' ? text[1..^1] : text;

    /// <summary>Splits honouring double quotes (a comma inside quotes is no separator); the number of fields.</summary>
    private static int QuotedSplit(ReadOnlySpan<char> line, Span<Range> ranges)
    {
        var count = 0;
        var start = 0;
        var quoted = false;
        for (var i = 0; i <= line.Length; i++)
        {
            if (i < line.Length && line[i] == '"')
            {
                quoted = !quoted;
            }
            else if (i == line.Length || (line[i] == ',' && !quoted))
            {
                if (count < ranges.Length)
                {
                    ranges[count] = start..i;
                }
                count++;
                start = i + 1;
            }
        }
        return count;
    }

    private static bool IsBlank(ReadOnlySpan<char> line) => !line.ContainsAnyExcept(" \t,\"");

    private int Year(ReadOnlySpan<char> text, int number)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= 1988 and <= 2100)
        {
            return year;
        }
        Error(number, "t", $"expected a year such as 2021, got '{text.ToString()}'");
        return 0;
    }

    private Iso3? Country(ReadOnlySpan<char> text, string field, int number, out bool skipped)
    {
        skipped = false;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            Error(number, field, $"expected a BACI numeric country code such as 842, got '{text.ToString()}'");
            return null;
        }
        if (context.Countries.Find(code) is not { } country)
        {
            Error(number, field, $"country code {code} is not in {context.Countries.Origin}");
            return null;
        }
        var tally = context.Tally;
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

    /// <summary>The six-digit code's entry, one per distinct code: 11 million rows share ~5,400 strings. A five-digit
    /// code lost its leading zero upstream and is padded back.</summary>
    private BaciCode? Product(ReadOnlySpan<char> k, int number)
    {
        if (k.Length is 5 or 6 && !k.ContainsAnyExceptInRange('0', '9'))
        {
            Span<char> padded = stackalloc char[6];
            padded[0] = '0';
            k.CopyTo(padded[(6 - k.Length)..]);
            if (k.Length == 5)
            {
                context.Tally.PaddedCodes++;
            }
            var codes = _codes.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!codes.TryGetValue(padded, out var code))
            {
                var hs6 = padded.ToString();
                _codes[hs6] = code = context.Code(hs6);
            }
            if (!code.Listed)
            {
                Error(number, "k", $"product code {code.Hs6} is not in {context.Products!.Value.File}");
            }
            return code;
        }
        if (k.Length == 6 && !k.ContainsAnyExcept(LettersAndDigits))
        {
            context.Tally.NonHsProducts++;
            return null;
        }
        Error(number, "k", $"expected a six-digit HS code such as 811292, got '{k.ToString()}'");
        return null;
    }

    private double Value(ReadOnlySpan<char> text, int number)
    {
        if (BaciNumbers.ThousandsToUsd(text) is { } usd)
        {
            return usd;
        }
        Error(number, "v", "expected a positive value in thousands of USD such as 52.051, "
            + $"at most {BaciFileReader.MaxThousands:N0}, "
            + $"got '{text.ToString()}'");
        return 0;
    }

    private double? Tonnes(ReadOnlySpan<char> text, int number)
    {
        if (text.Length == 0 || text.SequenceEqual("NA"))
        {
            return null;
        }
        if (BaciNumbers.Tonnes(text) is { } tonnes)
        {
            return tonnes;
        }
        Error(number, "q", $"expected a quantity in tonnes such as 13.235, blank or NA, got '{text.ToString()}'");
        return null;
    }

    private void Error(int number, string field, string message) => context.Issues.Add(file, number, field, message);
}
