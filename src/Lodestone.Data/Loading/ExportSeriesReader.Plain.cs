using System.Globalization;
using System.Runtime.CompilerServices;
using Lodestone.Domain.Model;

namespace Lodestone.Data.Loading;

/// <summary>The plain pass (<see cref="PlainCsv"/>): the same labels and points as the checked reading, or null
/// (nothing logged) at the first row it cannot judge alone, which the checked reading then reads and reports.</summary>
internal static partial class ExportSeriesReader
{
    /// <summary>Label → code from the matrix files, as <see cref="Labels"/> reads them; null when a file needs the full
    /// parser.</summary>
    internal static Dictionary<string, string>? PlainLabels(string dataDirectory)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var known = labels.GetAlternateLookup<ReadOnlySpan<char>>();
        var hs6Field = Array.IndexOf(TradeFlowReader.Columns, "hs6");
        var materialField = Array.IndexOf(TradeFlowReader.Columns, "material");
        foreach (var matrix in TradeFlowReader.MatrixFiles(dataDirectory))
        {
            var read = PlainCsv.TryRead(matrix, TradeFlowReader.Columns, (line, fields) =>
            {
                var material = line[fields[materialField]].Trim();
                var hs6 = line[fields[hs6Field]].Trim();
                if (material.IsEmpty || hs6.IsEmpty || material[0] == '"' || hs6[0] == '"')
                {
                    return false;
                }
                known.TryAdd(material, hs6.ToString());
                return true;
            });
            if (!read)
            {
                return null;
            }
        }
        return labels;
    }

    /// <summary>The points <see cref="Points"/> reads, in file order; null at the first row it would log a problem for
    /// (or might: a quote, an unknown exporter on a skipped label's row).</summary>
    /// <remarks>Compiled optimised at once
    /// (<see cref="MethodImplOptions.AggressiveOptimization"/>): a cold process would otherwise run most of the 345,731
    /// rows through the JIT's first, unoptimised code.</remarks>
    internal static List<(string, int, Iso3, Iso3?, double)>? PlainPoints(string path,
        Dictionary<string, string> labels, ReferenceData reference)
    {
        var points = new List<(string, int, Iso3, Iso3?, double)>(capacity: 1 << 16);
        var chosen = new Dictionary<string, string>(StringComparer.Ordinal);
        var label = labels.GetAlternateLookup<ReadOnlySpan<char>>();
        var countries = new PlainCountries(reference.Countries, Withdrawn);
        (string? Name, string? Hs6) last = (null, null);
        var read = PlainCsv.TryRead(path, Columns, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (line, f) =>
        {
            var material = line[f[1]].Trim();
            var exporterText = line[f[2]].Trim();
            var importerText = line[f[3]].Trim();
            // The file runs label by label (736 runs): the last label's code is kept.
            if (material.IsEmpty
                || (!material.SequenceEqual(last.Name) && !label.TryGetValue(material, out last.Name, out last.Hs6)))
            {
                return false;
            }
            if (line.Contains('"') || !TryYear(line[f[0]].Trim(), out var year)
                || exporterText.IsEmpty || importerText.IsEmpty || countries.Find(exporterText) is not { } exporter
                || !TryValue(line[f[4]].Trim(), out var value))
            {
                return false;
            }
            // As Points: the code's first label is read, a bundle's other labels skipped.
            var (name, hs6) = (last.Name!, last.Hs6!);
            if ((chosen.TryAdd(hs6, name) || chosen[hs6] == name) && value is { } v)
            {
                points.Add((hs6, year, exporter, countries.Find(importerText), v));
            }
            return true;
        });
        return read ? points : null;
    }

    /// <summary><see cref="CsvRow.RequiredYear"/> without the log: false where it would log one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryYear(ReadOnlySpan<char> text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year)
        && year is >= CsvRow.MinYear and <= CsvRow.MaxYear;

    /// <summary><see cref="CsvRow.OptionalNumber"/> without the log: null for a blank cell, false where it would log
    /// one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryValue(ReadOnlySpan<char> text, out double? value)
    {
        value = null;
        if (text.IsEmpty)
        {
            return true;
        }
        // Whole dollars, the file's every value: up to 15 digits is exact as a long and as a double, so equal to the
        // parse.
        if (text.Length <= 15 && !text.ContainsAnyExceptInRange('0', '9'))
        {
            long whole = 0;
            foreach (var digit in text)
            {
                whole = (whole * 10) + (digit - '0');
            }
            value = whole;
            return true;
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            || !double.IsFinite(v) || v < 0)
        {
            return false;
        }
        value = v;
        return true;
    }
}
