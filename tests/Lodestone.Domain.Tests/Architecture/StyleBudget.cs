using System.Globalization;

namespace Lodestone.Domain.Tests.Architecture;

/// <summary>The debt each file may still carry (docs/style-budget.csv: path, wide lines, long members). A file not
/// listed owes nothing. The budget only records debt that existed when the limits were set; new code meets
/// them.</summary>
internal static class StyleBudget
{
    public const string RelativePath = "docs/style-budget.csv";
    private const string Header = "path,lines_over_120_columns,members_over_60_lines";

    public static Dictionary<string, (int Wide, int Long)> Read(string path)
    {
        var budget = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0] != Header)
        {
            throw new InvalidDataException($"{path}:1: expected the header '{Header}'");
        }
        for (var i = 1; i < lines.Length; i++)
        {
            var cells = lines[i].Split(',');
            if (cells.Length != 3 || !Count(cells[1], out var wide) || !Count(cells[2], out var @long))
            {
                throw new InvalidDataException(
                    $"{path}:{i + 1}: expected 'path,count,count' with whole numbers, found '{lines[i]}'");
            }
            budget[cells[0]] = (wide, @long);
        }
        return budget;
    }

    public static void Write(string path, IEnumerable<(string Path, int Wide, int Long)> debts) =>
        File.WriteAllLines(path, [Header, .. debts
            .Where(d => d.Wide > 0 || d.Long > 0)
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Path},{d.Wide},{d.Long}"))]);

    private static bool Count(string cell, out int value) =>
        int.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
