using System.Globalization;
using CsvHelper;
using Lodestone.Data.Loading;
using Lodestone.Domain.Model;

namespace Lodestone.Data.Exchange;

/// <summary>Writes facts as CSV files of the shapes in <c>data/</c>, so an export re-imports to the same facts.</summary>
/// <remarks>
/// Each fact becomes one row with its source citation (title, URL, read-via) in the file's source columns.
/// Numbers are written so they parse back to the same double (shortest round-trip form; shares as the shortest
/// percentage that gives back the stored fraction). The trade file holds net import reliance and import sources
/// in one shape: an NIR row has no import partner, an import-source row has no NIR value (its <c>year</c> is that
/// of the commodity's newest NIR, or the end of its period, and is not read back).
/// </remarks>
public static partial class CsvExporter
{
    /// <summary>Writes every fact file into <paramref name="directory"/> (created if missing).</summary>
    /// <returns>The files written, with their data-row counts.</returns>
    public static IReadOnlyDictionary<string, int> Write(FactSet facts, ReferenceData reference, string directory)
    {
        Directory.CreateDirectory(directory);
        var sources = facts.Sources.Concat(reference.Sources).DistinctBy(s => s.Id).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var written = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (file, rows) in Files(facts, reference, sources))
        {
            var path = Path.Combine(directory, file);
            using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
            foreach (var column in FactFiles.AllColumns(file))
            {
                csv.WriteField(column);
            }
            csv.NextRecord();
            var count = 0;
            foreach (var row in rows)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(cell ?? "");
                }
                csv.NextRecord();
                count++;
            }
            written[file] = count;
        }
        return written;
    }

    private static IEnumerable<(string File, IEnumerable<string?[]> Rows)> Files(FactSet facts, ReferenceData reference, Dictionary<string, Source> sources)
    {
        yield return (FactFiles.Production, facts.Production.Select(p => Production(p, reference, sources)));
        yield return (FactFiles.Reserves, facts.Reserves.Select(r => Reserve(r, reference, sources)));
        yield return (FactFiles.Trade, TradeRows(facts, reference, sources));
        yield return (FactFiles.StageShares, facts.StageShares.Select(s => StageShare(s, reference, sources)));
        yield return (FactFiles.ExportControls, facts.ExportControls.Select(e => ExportControl(e, sources)));
        yield return (FactFiles.Agreements, facts.Agreements.Select(a => Agreement(a, sources)));
        yield return (FactFiles.Projects, facts.Projects.Select(p => Project(p, sources)));
        if (facts.TradeFlows is { Count: > 0 } flows)
        {
            yield return (FactFiles.TradeFlows, flows.Select(f => TradeFlow(f, reference, sources)));
        }
    }

    private static Source SourceOf(string id, Dictionary<string, Source> sources) =>
        sources.TryGetValue(id, out var source) ? source : throw new InvalidOperationException($"fact cites unknown source '{id}'");

    private static string CountryName(Iso3 code, ReferenceData reference) => reference.Countries.NameOf(code);

    internal static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    internal static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    internal static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    internal static string Bool(bool value) => value ? "true" : "false";

    /// <summary>The shortest percentage text that reads back (÷100) to exactly <paramref name="share"/>.</summary>
    internal static string? Percent(Share? share)
    {
        if (share is not { } s)
        {
            return null;
        }
        for (var digits = 1; digits <= 17; digits++)
        {
            var text = s.Percent.ToString("G" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            if (Share.FromPercent(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)).Value == s.Value)
            {
                return text;
            }
        }
        return s.Percent.ToString("R", CultureInfo.InvariantCulture);
    }
}
