using System.Globalization;

namespace Lodestone.Optimization.Tests.Properties;

/// <summary>A generated plan file: valid by construction, or with exactly one defect whose field and line are known,
/// for <see cref="PlanSpecReaderPropertyTests"/>.</summary>
/// <remarks>One key per line, sourced values and projects in flow style on their key's line, so every line is known
/// while writing. Ranges are the plan schema's (docs/architecture/planner.md): cap 0–1, quarters 1–80 whole, fractions
/// 0–1, lead time 0–80 quarters, ramp 1–40 quarters, money and volumes ≥ 0, an opening stock at most the storage
/// limit.</remarks>
internal sealed class PlanDocument
{
    private const string Source = "source: \"USGS MCS 2025, https://doi.org/10.5066/P13XCP3R\"";

    private readonly Random _random;
    private readonly List<string> _lines = [];
    private readonly Defect _defect;

    private PlanDocument(Random random)
    {
        _random = random;
        _defect = random.Next(2) == 0 ? Defect.None : (Defect)(1 + random.Next(Enum.GetValues<Defect>().Length - 1));
    }

    /// <summary>What can be wrong in a generated document; one at most.</summary>
    private enum Defect
    {
        None, BadCountry, QuartersOutOfRange, QuartersFractional, CapOutOfRange, NegativeBudget, BareNumber,
        FractionOutOfRange, StockAboveLimit, ProjectTwice, RequiredAndExcluded, UnknownKey,
    }

    public string Text => string.Join('\n', _lines) + "\n";
    public string Importer { get; private set; } = "";
    public int Quarters { get; private set; }
    public double Cap { get; private set; }
    public double? Budget { get; private set; }
    public bool Integer { get; private set; }
    public double Demand { get; private set; }
    public double Spare { get; private set; }
    public (double Initial, double Max)? Stock { get; private set; }
    public List<(string Id, double Ramp)> Projects { get; } = [];

    /// <summary>The field and line the reader must name, or null for a valid document.</summary>
    public (string Field, int Line)? Expected { get; private set; }

    public static PlanDocument Generate(int seed)
    {
        var document = new PlanDocument(new Random(seed));
        document.Write();
        return document;
    }

    public override string ToString() =>
        (Expected is { } e ? $"expected {e.Field} at line {e.Line}" : "valid") + ":\n" + Text;

    private void Write()
    {
        Line("name: generated plan");
        Importer = new[] { "USA", "DEU", "JPN" }[_random.Next(3)];
        Mark(Defect.BadCountry, "importer", Line("importer: " + (_defect == Defect.BadCountry ? "US" : Importer)));
        Line("commodity: rare earths");
        Line("stage: refining");
        Quarters = 1 + _random.Next(80);
        var quarters = _defect switch
        {
            Defect.QuartersOutOfRange => _random.Next(2) == 0 ? "0" : "81",
            Defect.QuartersFractional => "2.5",
            _ => Number(Quarters),
        };
        var line = Line("quarters: " + quarters);
        Mark(Defect.QuartersOutOfRange, "quarters", Mark(Defect.QuartersFractional, "quarters", line));
        Cap = Fraction();
        var cap = _defect == Defect.CapOutOfRange ? (_random.Next(2) == 0 ? 1.5 : -0.25) : Cap;
        Mark(Defect.CapOutOfRange, "cap", Line("cap: " + Number(cap)));
        Line("by: 2027-05");
        var negative = _defect == Defect.NegativeBudget;
        Budget = _random.Next(3) == 0 && !negative ? null : Math.Round(_random.NextDouble() * 1e9);
        if (Budget is { } budget)
        {
            Mark(Defect.NegativeBudget, "budget_usd", Line("budget_usd: " + Number(negative ? -1 - budget : budget)));
        }
        Integer = _random.Next(2) == 0;
        Line("integer_projects: " + (Integer ? "true" : "false"));
        Mark(Defect.UnknownKey, "budget", _defect == Defect.UnknownKey ? Line("budget: 5") : 0);
        WriteSourced();
        WriteStock();
        WriteProjects();
    }

    private void WriteSourced()
    {
        Demand = Math.Round(_random.NextDouble() * 10_000, 3);
        var demand = _defect == Defect.BareNumber ? Number(Demand) : $"{{value: {Number(Demand)}, {Source}}}";
        Mark(Defect.BareNumber, "demand_per_year", Line("demand_per_year: " + demand));
        Spare = Fraction();
        var spare = _defect == Defect.FractionOutOfRange ? 1 + 1e-6 + _random.NextDouble() : Spare;
        var line = Line($"spare_capacity_fraction: {{value: {Number(spare)}, assumption: \"a generated fraction\"}}");
        Mark(Defect.FractionOutOfRange, "spare_capacity_fraction", line);
    }

    private void WriteStock()
    {
        if (_random.Next(2) == 0 && _defect != Defect.StockAboveLimit)
        {
            return;
        }
        var ends = new[] { Math.Round(_random.NextDouble() * 1000, 2), Math.Round(_random.NextDouble() * 1000, 2) };
        Array.Sort(ends);
        var swap = _defect == Defect.StockAboveLimit && ends[0] < ends[1];
        var (initial, max) = swap ? (ends[1], ends[0]) : (ends[0], ends[1]);
        Stock = (initial, max);
        var line = Line($"stockpile: {{initial: {{value: {Number(initial)}, {Source}}}, "
            + $"max: {{value: {Number(max)}, {Source}}}, carrying_usd_per_unit_quarter: {{value: 10, {Source}}}}}");
        if (initial > max)
        {
            Expected = ("stockpile", line);
        }
    }

    private void WriteProjects()
    {
        var count = _random.Next(3) + (_defect is Defect.ProjectTwice or Defect.RequiredAndExcluded ? 1 : 0);
        if (count == 0)
        {
            return;
        }
        Line("projects:");
        for (var i = 0; i < count; i++)
        {
            var id = "P" + Number(i);
            var ramp = 1 + _random.Next(40);
            var both = _defect == Defect.RequiredAndExcluded && i == 0;
            var flags = both ? ", require: true, exclude: true" : _random.Next(2) == 0 ? ", exclude: true" : "";
            if (both)
            {
                Expected = ("projects." + id, Line($"  - {{id: {id}{flags}}}"));
            }
            else
            {
                Line($"  - {{id: {id}, ramp_quarters: {{value: {Number(ramp)}, assumption: \"generated\"}}{flags}}}");
                Projects.Add((id, ramp));
            }
        }
        if (_defect == Defect.ProjectTwice)
        {
            Expected = ("projects." + Projects[^1].Id, Line($"  - {{id: {Projects[^1].Id}}}"));
        }
    }

    /// <summary>A fraction: 0 or 1 (valid edges) one time in four, else inside.</summary>
    private double Fraction() => _random.Next(4) switch
    {
        0 => 0,
        1 => 1,
        _ => Math.Round(_random.NextDouble(), 6),
    };

    private int Mark(Defect defect, string field, int line)
    {
        if (_defect == defect)
        {
            Expected = (field, line);
        }
        return line;
    }

    private int Line(string text)
    {
        _lines.Add(text);
        return _lines.Count;
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
