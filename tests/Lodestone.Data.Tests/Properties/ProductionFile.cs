using System.Globalization;
using System.Text;

namespace Lodestone.Data.Tests.Properties;

/// <summary>A generated <c>usgs_mcs_production.csv</c>: rows with distinct keys, values with up to three decimals or
/// blank, notes with commas, quotes and non-ASCII letters; valid, or with exactly one defect whose line, field and
/// message the generator knows.</summary>
/// <param name="Bytes">The file as written (bytes: one defect is an invalid UTF-8 byte).</param>
/// <param name="Rows">The rows a valid file holds, as a store must give them back.</param>
/// <param name="Expected">The defect's issue, or null for a valid file.</param>
public sealed record ProductionFile(
    byte[] Bytes, IReadOnlyList<ProductionFile.Row> Rows, ProductionFile.Issue? Expected)
{
    public const string Name = "usgs_mcs_production.csv";

    private const string Header = "commodity,stage,country,iso3,year,value,unit,is_estimate,source,note";

    private static readonly string[] Commodities =
        ["gallium", "lithium", "cobalt", "antimony", "tungsten", "germanium", "graphite", "nickel"];
    private static readonly string[] Countries = ["USA", "CHN", "AUS", "CHL", "COD", "ZAF", "IDN", "BRA", "CIV"];
    private static readonly string[] Units =
        ["metric tons", "kilograms", "metric tons (lithium content)", "thousand metric tons"];
    private static readonly string?[] Notes =
        [null, "estimate, rounded", "reported as \"about\" this", "Côte d’Ivoire — revised", "ends in ,"];

    /// <summary>One production row: value null when blank (missing, never zero), note null when blank.</summary>
    public sealed record Row(
        string Commodity, string Stage, string Iso3, int Year, string? Value, string Unit, bool Estimate, string? Note)
    {
        public string Csv => string.Join(',', Commodity, Stage, "Country " + Iso3, Iso3,
            Year.ToString(CultureInfo.InvariantCulture), Quote(Value ?? ""), Quote(Unit), Estimate ? "true" : "false",
            "USGS MCS 2025 World Data Release", Quote(Note ?? ""));
    }

    /// <summary>What the import must report: at this line (the header is line 1), in this field, a message holding
    /// this.</summary>
    public sealed record Issue(int Line, string Field, string Message);

    public static ProductionFile Generate(int seed)
    {
        var random = new Random(seed);
        var rows = new List<Row>();
        var keys = new HashSet<(string, string, string, int)>();
        var count = random.Next(1, 41);
        while (rows.Count < count)
        {
            // Years from 1800 to 2200, the edges included: the range a fact file may name.
            var year = random.Next(4) == 0 ? (random.Next(2) == 0 ? 1800 : 2200) : random.Next(1990, 2061);
            var value = random.Next(5) == 0 ? null
                : (random.Next(0, 1_000_000_000) / 1000m).ToString(CultureInfo.InvariantCulture);
            var stage = random.Next(2) == 0 ? "mine" : "refinery";
            var row = new Row(Pick(random, Commodities), stage, Pick(random, Countries), year, value,
                Pick(random, Units), random.Next(2) == 0, Pick(random, Notes));
            if (keys.Add((row.Commodity, row.Stage, row.Iso3, row.Year)))
            {
                rows.Add(row);
            }
        }
        var lines = rows.Select(r => r.Csv).ToList();
        if (random.Next(2) == 0)
        {
            return new ProductionFile(Encode(lines), rows, null);
        }
        var at = random.Next(rows.Count);
        var (bytes, issue) = Spoil(random, rows[at], at, lines);
        return new ProductionFile(bytes, rows, issue);
    }

    /// <summary>Writes one defect into row <paramref name="at"/>; each message is the reader's, written out
    /// here.</summary>
    private static (byte[] Bytes, Issue Issue) Spoil(Random random, Row row, int at, List<string> lines)
    {
        var line = at + 2;
        (Row Row, Issue Issue) Bad(Row spoiled, string field, string message) =>
            (spoiled, new Issue(line, field, message));
        var (bad, issue) = random.Next(10) switch
        {
            0 => Bad(row with { Iso3 = "XXA" }, "iso3", "unknown ISO 3166-1 alpha-3 code 'XXA'"),
            1 => Bad(row with { Year = 2201 }, "year", "expected a year from 1800 to 2200, got '2201'"),
            2 => Bad(row with { Year = 1799 }, "year", "expected a year from 1800 to 2200, got '1799'"),
            3 => Bad(row with { Value = "-5" }, "value", "expected a non-negative number, got -5"),
            4 => Bad(row with { Value = "1,860" }, "value",
                "expected a number (invariant culture, no thousands separators), got '1,860'"),
            5 => Bad(row with { Commodity = "unobtainium" }, "commodity", "unknown commodity 'unobtainium'"),
            6 => Bad(row with { Unit = "" }, "unit", "required"),
            7 => Bad(row, "note", "invalid UTF-8 byte sequence"),
            8 => Bad(row, "iso3", $"first on line {line}"),
            _ => Bad(row, "stage", "expected mine or refinery, got 'harvest'"),
        };
        switch (issue.Field, issue.Message)
        {
            case ("note", _):
                // An invalid byte (0xFF) in the note: written below, after the text is encoded.
                lines[at] = (row with { Note = "bad byte here" }).Csv;
                var bytes = Encode(lines);
                var mark = Encoding.UTF8.GetBytes("bad byte here");
                var index = bytes.AsSpan().IndexOf(mark);
                bytes[index + 4] = 0xFF;
                return (bytes, issue);
            case ("iso3", { } m) when m.StartsWith("first on line", StringComparison.Ordinal):
                // The same row again later: the second is the one reported, naming the first.
                var copyAt = random.Next(at + 1, lines.Count + 1);
                lines.Insert(copyAt, lines[at]);
                return (Encode(lines), issue with { Line = copyAt + 2 });
            case ("stage", _):
                lines[at] = lines[at].Replace("," + row.Stage + ",", ",harvest,", StringComparison.Ordinal);
                return (Encode(lines), issue);
            default:
                lines[at] = bad.Csv;
                return (Encode(lines), issue);
        }
    }

    private static byte[] Encode(IEnumerable<string> lines) =>
        Encoding.UTF8.GetBytes(Header + "\n" + string.Join('\n', lines) + "\n");

    private static string Quote(string cell) =>
        cell.Contains(',', StringComparison.Ordinal) || cell.Contains('"', StringComparison.Ordinal)
            ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : cell;

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    public override string ToString() => Encoding.UTF8.GetString(Bytes)
        + (Expected is { } e ? $"\nexpected {Name}:{e.Line}:{e.Field}: …{e.Message}…" : "\nvalid");
}
