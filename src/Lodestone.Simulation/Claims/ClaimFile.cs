using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Lodestone.Domain.Errors;
using Lodestone.Domain.Model;

namespace Lodestone.Simulation.Claims;

/// <summary>Reads data/claims.csv; every problem is reported with its line and column.</summary>
public static class ClaimFile
{
    /// <summary>The claims file's name in the data directory.</summary>
    public const string FileName = "claims.csv";

    private static readonly string[] Columns = ["id", "speaker", "said", "reported", "text", "horizon_months", "due", "scenario", "source_title", "source_publisher", "source_url", "source_file", "notes"];

    /// <summary>Every claim of the file at <paramref name="path"/>, in file order.</summary>
    /// <exception cref="Lodestone.Domain.Errors.DataValidationException">A column is missing or a row is invalid; every problem is
    /// listed with its line and column.</exception>
    public static IReadOnlyList<TrackedClaim> Read(string path)
    {
        var name = Path.GetFileName(path);
        var issues = new List<DataIssue>();
        var claims = new List<TrackedClaim>();
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord ?? [];
        foreach (var column in Columns.Where(c => !header.Contains(c)))
        {
            issues.Add(new DataIssue(name, 1, column, "missing column"));
        }
        if (issues.Count > 0)
        {
            throw new DataValidationException(issues);
        }
        while (csv.Read())
        {
            claims.Add(ReadClaim(csv, name, issues));
        }
        return issues.Count > 0 ? throw new DataValidationException(issues) : claims;
    }

    /// <summary>The claim on the reader's current row; each problem is added to <paramref name="issues"/> with the
    /// row's line and the column.</summary>
    private static TrackedClaim ReadClaim(CsvReader csv, string name, List<DataIssue> issues)
    {
        var line = csv.Parser.RawRow;
        string? Get(string column) => csv.GetField(column) is { Length: > 0 } v ? v.Trim() : null;
        string Required(string column)
        {
            var value = Get(column);
            if (value is null)
            {
                issues.Add(new DataIssue(name, line, column, "required"));
            }
            return value ?? "";
        }
        PartialDate? Date(string column, bool required)
        {
            var text = required ? Required(column) : Get(column);
            if (text is null or "")
            {
                return null;
            }
            if (PartialDate.TryParse(text, out var date))
            {
                return date;
            }
            issues.Add(new DataIssue(name, line, column, $"expected YYYY, YYYY-MM or YYYY-MM-DD, got '{text}'"));
            return null;
        }
        var id = Required("id");
        var said = Date("said", true);
        var reported = Date("reported", false);
        var due = Date("due", true);
        var horizonText = Required("horizon_months");
        if (!int.TryParse(horizonText, NumberStyles.None, CultureInfo.InvariantCulture, out var horizon) || horizon < 1)
        {
            issues.Add(new DataIssue(name, line, "horizon_months", $"expected a positive whole number, got '{horizonText}'"));
        }
        var claim = new TrackedClaim(id, Required("speaker"), said ?? default, reported, Required("text"), horizon, due ?? default,
            Required("scenario"), Required("source_title"), Get("source_publisher"), Get("source_url"), Get("source_file"), Get("notes"));
        if (said is { } s && due is { } d && (d.Year - s.Year) * 12 + (d.Month ?? 1) - (s.Month ?? 1) != horizon)
        {
            issues.Add(new DataIssue(name, line, "due", $"due {d} is not {horizon} months after {s}"));
        }
        return claim;
    }
}
