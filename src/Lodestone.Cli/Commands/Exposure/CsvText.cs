using System.Globalization;

namespace Lodestone.Cli.Commands.Exposure;

/// <summary>Minimal RFC 4180 CSV writing for command output (invariant culture, quoted when needed).</summary>
internal static class CsvText
{
    public static void WriteRow(TextWriter writer, IEnumerable<string?> cells) =>
        writer.WriteLine(string.Join(",", cells.Select(Escape)));

    public static string? Number(double? value) => value?.ToString("0.######", CultureInfo.InvariantCulture);

    private static string Escape(string? cell)
    {
        if (string.IsNullOrEmpty(cell))
        {
            return "";
        }
        return cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }
}
