using System.Globalization;

namespace Lodestone.Simulation.Inputs;

/// <summary>Reads one cell of a USGS MCS salient-statistics CSV (data/usgs/salient/mcs2025-*_salient.csv).</summary>
/// <remarks>Those files are plain comma-separated with a header row and a Year column; marks such as W (withheld) and NA are returned as text.</remarks>
public sealed class SalientTable(string directory)
{
    /// <summary>The folder holding the salient CSV files.</summary>
    public string Directory { get; } = directory;

    /// <summary>The column names of <paramref name="file"/>, or none when it does not exist.</summary>
    public IReadOnlyList<string> Columns(string file)
    {
        var path = Path.Combine(Directory, Path.GetFileName(file));
        return File.Exists(path) ? File.ReadLines(path).First().Split(',') : [];
    }

    /// <summary>The cell of <paramref name="column"/> in the row of <paramref name="year"/>: a number, or the published mark as <paramref name="mark"/>.</summary>
    public double? Read(string file, string column, int year, out string? mark)
    {
        mark = null;
        var path = Path.Combine(Directory, Path.GetFileName(file));
        if (!File.Exists(path))
        {
            mark = "file not found: " + path;
            return null;
        }
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        var col = Array.IndexOf(header, column);
        var yearCol = Array.IndexOf(header, "Year");
        if (col < 0 || yearCol < 0)
        {
            mark = $"column '{column}' not in {file} (columns: {string.Join(", ", header)})";
            return null;
        }
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',');
            if (cells.Length > Math.Max(col, yearCol) && cells[yearCol] == year.ToString(CultureInfo.InvariantCulture))
            {
                if (double.TryParse(cells[col], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    return value;
                }
                mark = $"cell is '{cells[col]}' (not a number)";
                return null;
            }
        }
        mark = $"no row for year {year} in {file}";
        return null;
    }
}
