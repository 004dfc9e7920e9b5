using Lodestone.Domain.Model;
using Lodestone.Domain.Trade;

namespace Lodestone.Data.Loading;

/// <summary>Reads <c>trade/baci_topn_values_2002_2024.csv</c> (year, material, exporter_iso2, importer_iso2, value_usd) into an <see cref="ExportSeries"/> by HS6 code.</summary>
/// <remarks>
/// The file labels rows by material, not code. A label is the code whose rows carry the same label in the shipped 2024 matrix
/// (niobium → 7202.93 ferro-niobium); a label no matrix row carries is the bundle code whose members include it (gallium,
/// germanium and hafnium → 8112.92: their series are identical, value for value, so they are the bundle, never one metal).
/// ISO2 codes are read as text, so Namibia's "NA" is Namibia, never a null.
/// </remarks>
internal static partial class ExportSeriesReader
{
    public const string File = "baci_topn_values_2002_2024.csv";

    /// <summary>The series cites the shipped BACI release; its 2002–2016 years are HS02, 2017–2024 HS17 (data/trade/README.md).</summary>
    public const string SourceId = "cepii-baci-hs17-v202601";

    /// <summary>
    /// ISO 3166-1 codes withdrawn since 2002 that the series still uses for its early years (ISO 3166-3 in Debian iso-codes 4.15.0,
    /// the source of reference/countries.csv): CS Serbia and Montenegro (withdrawn 2006-09-26), AN Netherlands Antilles (2010-12-15).
    /// Their exports count in the recorded world total, as OTH, and are never any current country's.
    /// </summary>
    public static readonly IReadOnlySet<string> Withdrawn = new HashSet<string>(StringComparer.Ordinal) { "CS", "AN" };

    public static ExportSeries Load(string dataDirectory, ReferenceData reference)
    {
        var path = Path.Combine(dataDirectory, TradeFlowReader.Folder, File);
        if (!System.IO.File.Exists(path))
        {
            return ExportSeries.Empty;
        }
        // The plain pass first (spans, no row objects); anything it cannot judge goes to the full parser, whose reports
        // and answers are the reference (ExportSeriesReaderTests compares the two on the shipped file).
        var issues = new IssueLog();
        if (PlainLabels(dataDirectory) is not { } labels)
        {
            return Checked(dataDirectory, reference);
        }
        AddBundleMembers(labels, reference);
        var points = PlainPoints(path, labels, reference) ?? Points(path, labels, reference, issues);
        issues.ThrowIfAny();
        return new ExportSeries(points, SourceId);
    }

    /// <summary>The series read by <see cref="CsvFile"/> alone, its matrix labels too: every problem reported with its
    /// line.</summary>
    internal static ExportSeries Checked(string dataDirectory, ReferenceData reference)
    {
        var path = Path.Combine(dataDirectory, TradeFlowReader.Folder, File);
        var issues = new IssueLog();
        var labels = Labels(dataDirectory, issues);
        AddBundleMembers(labels, reference);
        var points = Points(path, labels, reference, issues);
        issues.ThrowIfAny();
        return new ExportSeries(points, SourceId);
    }

    private static List<(string, int, Iso3, Iso3?, double)> Points(string path, Dictionary<string, string> labels,
        ReferenceData reference, IssueLog issues)
    {
        var points = new List<(string, int, Iso3, Iso3?, double)>();
        var chosen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in CsvFile.Read(path, TradeFlowReader.Folder + "/" + File, issues, Columns))
        {
            var year = row.RequiredYear("year");
            var label = row.Required("material");
            var exporterText = row.Required("exporter_iso2");
            var exporter = Withdrawn.Contains(exporterText) ? Iso3.Other : reference.Countries.FindByName(exporterText)?.Iso3;
            var importerText = row.Required("importer_iso2");
            var importer = Withdrawn.Contains(importerText) ? Iso3.Other : reference.Countries.FindByName(importerText)?.Iso3;
            var value = row.OptionalNumber("value_usd");
            if (!labels.TryGetValue(label, out var hs6))
            {
                row.Error("material", $"label '{label}' matches no code of the 2024 matrix nor a bundle member of reference/hs_codes.csv");
                continue;
            }
            // Gallium, germanium and hafnium carry the same bundle rows: the code's first label is read, the others skipped.
            if (chosen.TryAdd(hs6, label) is false && chosen[hs6] != label)
            {
                continue;
            }
            if (exporter is null)
            {
                row.Error("exporter_iso2", $"unknown ISO 3166-1 alpha-2 code '{row.Raw("exporter_iso2")}'");
                continue;
            }
            if (value is { } v)
            {
                points.Add((hs6, year, exporter.Value, importer, v));
            }
        }
        return points;
    }

    private static readonly string[] Columns = ["year", "material", "exporter_iso2", "importer_iso2", "value_usd"];

    private static Dictionary<string, string> Labels(string dataDirectory, IssueLog issues)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var matrix in TradeFlowReader.MatrixFiles(dataDirectory))
        {
            var name = TradeFlowReader.Folder + "/" + Path.GetFileName(matrix);
            foreach (var row in CsvFile.Read(matrix, name, issues, TradeFlowReader.Columns))
            {
                labels.TryAdd(row.Required("material"), row.Required("hs6"));
            }
        }
        return labels;
    }

    internal static void AddBundleMembers(Dictionary<string, string> labels, ReferenceData reference)
    {
        foreach (var bundle in (reference.HsCodes ?? []).Where(c => c.IsBundle && labels.ContainsValue(c.Hs6)))
        {
            foreach (var member in bundle.BundleMembers)
            {
                labels.TryAdd(member, bundle.Hs6);
            }
        }
    }
}
