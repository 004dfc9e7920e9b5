using System.Globalization;
using System.Text.RegularExpressions;
using Lodestone.Data.Loading;
using Lodestone.Domain.Facts;
using Lodestone.Domain.Model;

namespace Lodestone.Data.Usgs;

/// <summary>Reads one U.S. salient-statistics file (<c>mcs2025-&lt;code&gt;_salient.csv</c>): every cell is type-checked,
/// net import reliance becomes typed facts, and mapped U.S. production columns are kept to fill the world file.</summary>
/// <remarks>
/// <para>Layout: <c>DataSource</c> (or <c>Source</c>), <c>Commodity</c>, <c>Year</c>, then measure columns. The last year of
/// the file (the edition year minus one) is a USGS estimate.</para>
/// <para>Every cell must be a <see cref="SalientValue"/> (number with ASCII or U+2212 minus, &gt;N, &lt;N, W, NA, E,
/// "Less than ½ unit.", blank). A trailing unnamed column (a header ending in a comma) must stay empty. Every column
/// whose name starts with <c>NIR</c> must be listed in <c>usgs_salient.csv</c>.</para>
/// </remarks>
internal static partial class SalientReader
{
    /// <summary>Reads a parsed salient file of <paramref name="release"/>; every fact cites <paramref name="sourceId"/>.</summary>
    /// <returns>NIR facts and U.S. production cells; the caller drops them when <paramref name="issues"/> grew.</returns>
    public static SalientResult Read(UsgsTable table, UsgsRelease release, string sourceId, UsgsMappings mappings, IssueLog issues)
    {
        var code = FileCode(table.File);
        if (code is null)
        {
            issues.Add(table.File, 0, null, "unexpected file name: expected mcs<year>-<code>_salient.csv");
            return SalientResult.Empty;
        }
        var sourceColumn = table.IndexOf("DataSource") >= 0 ? table.IndexOf("DataSource") : table.IndexOf("Source");
        var yearColumn = table.IndexOf("Year");
        if (sourceColumn < 0 || yearColumn < 0 || table.IndexOf("Commodity") < 0)
        {
            issues.Add(table.File, 1, null, "missing column(s): expected DataSource (or Source), Commodity, Year, then measure columns");
            return SalientResult.Empty;
        }
        var columns = Columns(table, code, mappings, issues);
        if (columns is null)
        {
            return SalientResult.Empty;
        }
        var nir = new List<NetImportRelianceFact>();
        var production = new List<SalientUsProduction>();
        var file = new SalientFile(table, release, sourceId, sourceColumn, yearColumn, columns, issues);
        foreach (var row in table.Rows)
        {
            ReadRow(file, row, nir, production);
        }
        return new SalientResult(table.Rows.Count, nir, production);
    }

    /// <summary>One row: its edition and year checked, then every mapped cell as an NIR fact or a U.S. production
    /// cell; every other named cell must still parse and the unnamed trailing one stay empty.</summary>
    private static void ReadRow(SalientFile f, UsgsTableRow row, List<NetImportRelianceFact> nir,
        List<SalientUsProduction> production)
    {
        var (table, issues) = (f.Table, f.Issues);
        var edition = row.Cell(f.SourceColumn);
        if (!string.Equals(edition, f.Release.Edition, StringComparison.OrdinalIgnoreCase))
        {
            issues.Add(table.File, row.Line, table.Header[f.SourceColumn], $"expected the edition {f.Release.Edition}, got '{edition}'");
        }
        var yearText = row.Cell(f.YearColumn);
        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1900 || year > f.Release.Year)
        {
            issues.Add(table.File, row.Line, "Year", $"expected a four-digit year up to {f.Release.Year}, got '{yearText}'");
            return;
        }
        for (var i = 0; i < table.Header.Count; i++)
        {
            if (i == f.SourceColumn || i == f.YearColumn || table.Header[i].Equals("Commodity", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var name = table.Header[i];
            if (!SalientValue.TryParse(row.Cells[i], out var value))
            {
                issues.Add(table.File, row.Line, name.Length == 0 ? $"column {i + 1}" : name, $"expected {SalientValue.Expected}, got '{UsgsText.Clean(row.Cells[i])}'");
                continue;
            }
            if (name.Length == 0)
            {
                if (value.Kind != SalientValueKind.Blank)
                {
                    issues.Add(table.File, row.Line, $"column {i + 1}", $"expected the unnamed trailing column to be empty, got '{UsgsText.Clean(row.Cells[i])}'");
                }
                continue;
            }
            if (!f.Columns.TryGetValue(i, out var mapping))
            {
                continue;
            }
            if (mapping.Measure == SalientMeasure.NetImportReliance)
            {
                if (ToNir(value) is { } typed)
                {
                    var note = string.Join("; ", new[] { $"{table.File} column {name}", mapping.Reason,
                        year == f.Release.Year - 1 ? $"{year} value is a USGS estimate" : null }.OfType<string>());
                    nir.Add(new NetImportRelianceFact(mapping.Commodity, mapping.Series, new Iso3("USA"), year, typed, note, f.SourceId));
                }
                else if (value.Kind != SalientValueKind.Blank)
                {
                    issues.Add(table.File, row.Line, name, $"expected a net import reliance: a percentage 0–100, >N, <N, E, W or NA, got '{UsgsText.Clean(row.Cells[i])}'");
                }
            }
            else
            {
                production.Add(new SalientUsProduction(mapping.Commodity, mapping.Series, year, value, UnitOf(name) ?? "", table.File, name, row.Line, f.SourceId));
            }
        }
    }

    /// <summary>A salient file being read: where its edition and year columns are, and its mapped columns by
    /// index.</summary>
    private sealed record SalientFile(UsgsTable Table, UsgsRelease Release, string SourceId, int SourceColumn,
        int YearColumn, Dictionary<int, UsgsSalientMapping> Columns, IssueLog Issues);

    /// <summary>The file code of a salient file name ("mcs2025-antim_salient.csv" → "antim"), or null.</summary>
    public static string? FileCode(string fileName)
    {
        var match = SalientName().Match(Path.GetFileName(fileName));
        return match.Success ? match.Groups[2].Value : null;
    }

    /// <summary>The edition a salient file name belongs to ("mcs2025-antim_salient.csv" → "MCS2025"), or null.</summary>
    public static string? EditionOf(string fileName)
    {
        var match = SalientName().Match(Path.GetFileName(fileName));
        return match.Success ? "MCS" + match.Groups[1].Value : null;
    }

    /// <summary>The unit a column suffix implies: _t metric tons, _kt thousand metric tons, _kg kilograms; null for others.</summary>
    public static string? UnitOf(string column)
    {
        var suffix = column[(column.LastIndexOf('_') + 1)..];
        return suffix switch
        {
            "t" => "metric tons",
            "kt" => "thousand metric tons",
            "kg" => "kilograms",
            _ => null,
        };
    }

    private static Dictionary<int, UsgsSalientMapping>? Columns(UsgsTable table, string code, UsgsMappings mappings, IssueLog issues)
    {
        var result = new Dictionary<int, UsgsSalientMapping>();
        var ok = true;
        for (var i = 0; i < table.Header.Count; i++)
        {
            var name = table.Header[i];
            var mapping = mappings.FindSalient(code, name);
            if (mapping is null)
            {
                if (name.StartsWith("NIR", StringComparison.OrdinalIgnoreCase))
                {
                    issues.Add(table.File, 1, name, $"unmapped net import reliance column '{name}': expected a row ({code}, {name}) in data/reference/{UsgsMappings.SalientFile}, imported or skipped with a reason");
                    ok = false;
                }
                continue;
            }
            if (mapping.Skip)
            {
                continue;
            }
            if (result.Values.Contains(mapping))
            {
                issues.Add(table.File, 1, name, $"column '{name}' appears twice: expected each mapped column once");
                ok = false;
            }
            result[i] = mapping;
        }
        foreach (var expected in mappings.SalientColumns.Where(m => UsgsText.Key(m.File) == UsgsText.Key(code) && !m.Skip && !result.ContainsValue(m)))
        {
            issues.Add(table.File, 1, expected.Column, $"missing column '{expected.Column}' listed for '{code}' in data/reference/{UsgsMappings.SalientFile}");
            ok = false;
        }
        return ok ? result : null;
    }

    private static NetImportReliance? ToNir(SalientValue value) => value.Kind switch
    {
        SalientValueKind.Number when value.Number is >= 0 and <= 100 => NetImportReliance.Exact(value.Number.Value),
        SalientValueKind.GreaterThan when value.Number is >= 0 and <= 100 => new NetImportReliance(NirKind.GreaterThan, value.Number),
        SalientValueKind.LessThan when value.Number is >= 0 and <= 100 => new NetImportReliance(NirKind.LessThan, value.Number),
        SalientValueKind.NetExporter => new NetImportReliance(NirKind.NetExporter, null),
        SalientValueKind.Withheld => new NetImportReliance(NirKind.Withheld, null),
        SalientValueKind.NotAvailable => new NetImportReliance(NirKind.NotAvailable, null),
        _ => null,
    };

    [GeneratedRegex(@"^mcs(\d{4})-(.+)_salient\.csv$", RegexOptions.IgnoreCase)]
    private static partial Regex SalientName();
}
