using System.Globalization;

namespace Lodestone.Simulation.Tests.Properties;

/// <summary>A generated scenario file: valid by construction, or with exactly one defect whose field and line are
/// known, for <see cref="ScenarioReaderPropertyTests"/>.</summary>
/// <remarks>Written in block style, one key per line and every parameter in flow style on its own line, so the line of
/// every key is known while writing. Values are drawn inside (or, for a defect, outside) the ranges of
/// docs/simulation.md, written here by hand from the meaning of each parameter, not read from the reader's
/// table.</remarks>
internal sealed class ScenarioDocument
{
    /// <summary>The range of <paramref name="name"/> as this generator knows it (by meaning, from
    /// docs/simulation.md).</summary>
    public static (double Min, double Max) RangeOf(string name) =>
        Ranges.Where(r => r.Name == name).Select(r => (r.Min, r.Max)).Single();

    /// <summary>Allowed ranges by meaning: fractions 0–1, months 0–240, yearly rates −1 to 10, ceilings at least
    /// 1.</summary>
    private static readonly (string Name, double Min, double Max)[] Ranges =
    [
        ("net_import_reliance", 0, 1), ("concern_world_share", 0, 1), ("substitution_max", 0, 1),
        ("recycling_share", 0, 1), ("stockpile_months", 0, 240), ("spare_lag_months", 0, 240), ("ramp_months", 0, 240),
        ("project_delay_months", 0, 240), ("demand_growth", -1, 10), ("recycling_growth", -1, 10),
        ("spare_capacity", 0, 10), ("demand_elasticity", 0, 100),
        ("price_cap", 1, 1e6), ("world_to_importer", 0, 1e6),
    ];

    private static readonly string[] Countries = ["USA", "CHN", "DEU", "JPN", "AUS"];

    private readonly Random _random;
    private readonly List<string> _lines = [];
    private readonly Defect _defect;

    private ScenarioDocument(Random random)
    {
        _random = random;
        _defect = random.Next(2) == 0 ? Defect.None : (Defect)(1 + random.Next(Enum.GetValues<Defect>().Length - 1));
    }

    /// <summary>What can be wrong in a generated document; one at most.</summary>
    private enum Defect
    {
        None, HorizonOutOfRange, BadMonth, BadCountry, UnknownKey, ParameterOutOfRange, BasisMissing, UniformReversed,
        SeverityOutOfRange,
    }

    public string Text => string.Join('\n', _lines) + "\n";
    public string Name { get; private set; } = "";
    public (int Year, int Month) Start { get; private set; }
    public int Horizon { get; private set; }
    public string Importer { get; private set; } = "";
    public List<GeneratedParameter> Parameters { get; } = [];
    public double? Severity { get; private set; }

    /// <summary>The field and line the reader must name, or null for a valid document.</summary>
    public (string Field, long Line)? Expected { get; private set; }

    public static ScenarioDocument Generate(int seed)
    {
        var document = new ScenarioDocument(new Random(seed));
        document.Write();
        return document;
    }

    public override string ToString() =>
        (Expected is { } e ? $"expected {e.Field} at line {e.Line}" : "valid") + ":\n" + Text;

    private void Write()
    {
        Name = "generated " + _random.Next(1000).ToString(CultureInfo.InvariantCulture);
        Line("name: " + Name);
        Start = (2000 + _random.Next(100), 1 + _random.Next(12));
        var month = _defect == Defect.BadMonth ? $"{Start.Year}-13" : $"{Start.Year}-{Start.Month:00}";
        Mark(Defect.BadMonth, "start", Line("start: " + month));
        Horizon = 1 + _random.Next(240);
        var horizon = _defect != Defect.HorizonOutOfRange ? Horizon
            : _random.Next(2) == 0 ? 0 : 241 + _random.Next(1000);
        Mark(Defect.HorizonOutOfRange, "horizon", Line("horizon: " + horizon.ToString(CultureInfo.InvariantCulture)));
        Importer = Countries[_random.Next(Countries.Length)];
        Mark(Defect.BadCountry, "importer", Line("importer: " + (_defect == Defect.BadCountry ? "US" : Importer)));
        Mark(Defect.UnknownKey, "horizn", _defect == Defect.UnknownKey ? Line("horizn: 12") : 0);
        Line("defaults:");
        var names = Ranges.OrderBy(_ => _random.Next()).Take(1 + _random.Next(Ranges.Length)).ToList();
        var faulty = _random.Next(names.Count);
        for (var i = 0; i < names.Count; i++)
        {
            WriteParameter(names[i], "defaults", i == faulty);
        }
        Line("markets:");
        Line("  - commodity: gallium");
        Line("    stage: refining");
        WriteEvent();
    }

    private void WriteParameter((string Name, double Min, double Max) range, string path, bool faulty)
    {
        var kind = new[] { "value", "uniform", "triangular", "normal" }[_random.Next(4)];
        double[] args = kind switch
        {
            "value" => [Draw(range)],
            "uniform" => [.. new[] { Draw(range), Draw(range) }.Order()],
            "triangular" => [.. new[] { Draw(range), Draw(range), Draw(range) }.Order()],
            _ => Normal(range),
        };
        var written = (double[])args.Clone();
        var field = path + "." + range.Name;
        if (faulty && _defect == Defect.ParameterOutOfRange)
        {
            // The largest (or smallest) argument moved beyond the range, so the extreme draws leave it; a normal's mean
            // moves with its bound, or the clamp at mu ± 8.2 sigma could keep the draws inside.
            var high = _random.Next(2) == 0;
            var beyond = high
                ? range.Max + 1 + (_random.NextDouble() * range.Max)
                : range.Min - 1 - _random.NextDouble();
            var at = kind == "normal" ? (high ? 3 : 2) : high ? written.Length - 1 : 0;
            written[at] = beyond;
            written[0] = kind == "normal" ? beyond : written[0];
        }
        if (faulty && _defect == Defect.UniformReversed && kind == "uniform" && written[0] < written[1])
        {
            (written[0], written[1]) = (written[1], written[0]);
        }
        var basis = faulty && _defect == Defect.BasisMissing ? "" : _random.Next(2) == 0
            ? ", source: \"USGS MCS 2025, https://doi.org/10.5066/P13XCP3R\""
            : ", assumption: \"a generated parameter\"";
        var text = string.Join(", ", written.Select(Number));
        var line = Line($"  {range.Name}: {{{kind}: {(kind == "value" ? text : "[" + text + "]")}{basis}}}");
        var broken = written.SequenceEqual(args) ? basis.Length == 0 : true;
        if (faulty && broken)
        {
            // The reader names the distribution's key for a bad value or an invalid distribution, the parameter for
            // its basis.
            Expected = (basis.Length == 0 ? field : field + "." + kind, line);
        }
        else
        {
            Parameters.Add(new GeneratedParameter(field, kind, args));
        }
    }

    private void WriteEvent()
    {
        if (_random.Next(2) == 0 && _defect != Defect.SeverityOutOfRange)
        {
            return;
        }
        Line("events:");
        Line("  - id: generated-ban");
        Line("    country: CHN");
        Line("    commodities: [gallium]");
        Line("    stage: refining");
        Line("    from: 2026-01");
        Severity = _random.NextDouble();
        var severity = _defect == Defect.SeverityOutOfRange ? 1 + 1e-3 + _random.NextDouble() : Severity.Value;
        var line = Line($"    severity: {{value: {Number(severity)}, source: \"MOFCOM announcement 2023 No. 23\"}}");
        Mark(Defect.SeverityOutOfRange, "events[0].severity.value", line);
    }

    /// <summary>A value in the range: an end (edges are valid) one time in four, else uniform inside.</summary>
    private double Draw((string Name, double Min, double Max) range)
    {
        var max = Math.Min(range.Max, 1000);
        return _random.Next(4) switch
        {
            0 => range.Min,
            1 => range.Max,
            _ => Math.Round(range.Min + (_random.NextDouble() * (max - range.Min)), 6),
        };
    }

    /// <summary>A normal with bounds inside the range: [mu, sigma, lower, upper], mu within the bounds.</summary>
    private double[] Normal((string Name, double Min, double Max) range)
    {
        var ends = new[] { Draw(range), Draw(range) }.Order().ToArray();
        if (ends[0] == ends[1])
        {
            ends = [range.Min, range.Max];
        }
        var mu = Math.Round(ends[0] + (_random.NextDouble() * (ends[1] - ends[0])), 6);
        return [Math.Clamp(mu, ends[0], ends[1]), Math.Round(0.01 + _random.NextDouble(), 6), ends[0], ends[1]];
    }

    private void Mark(Defect defect, string field, long line)
    {
        if (_defect == defect)
        {
            Expected = (field, line);
        }
    }

    private int Line(string text)
    {
        _lines.Add(text);
        return _lines.Count;
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
