using System.Globalization;
using Lodestone.Simulation.Scenarios;
using Lodestone.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Lodestone.Simulation.Sweeps;

/// <summary>Reads a sweep file (docs/simulation.md, "Sweeps"); every problem is a <see cref="ScenarioException"/> with
/// file, line and field.</summary>
public static class SweepReader
{

    private static readonly string[] Keys = ["name", "description", "scenarios", "commodities", "plans", "as_of", "runs", "seeds", "block_runs", "horizon"];

    /// <summary>The sweep in the file at <paramref name="path"/>.</summary>
    /// <exception cref="ScenarioException">The file is missing, too large or invalid: file, line and field of the first
    /// problem.</exception>
    public static SweepFile ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new ScenarioException(path, 0, null, "file not found");
        }
        string text;
        try
        {
            text = YamlLimits.ReadFile(path);
        }
        catch (YamlException e)
        {
            throw new ScenarioException(path, 0, null, e.Message);
        }
        return ReadText(text, path);
    }

    /// <summary>The sweep in <paramref name="text"/>, reported as <paramref name="file"/>.</summary>
    /// <exception cref="ScenarioException">The text is invalid: file, line and field of the first problem.</exception>
    public static SweepFile ReadText(string text, string file)
    {
        YamlStream stream;
        try
        {
            stream = YamlLimits.Load(text);
        }
        catch (YamlException e)
        {
            throw new ScenarioException(file, e.Start.Line, null, "invalid YAML: " + (e.InnerException?.Message ?? e.Message));
        }
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode node)
        {
            throw new ScenarioException(file, 1, null, "expected one YAML mapping (name:, scenarios:, runs:, …)");
        }
        var root = new YamlMap(node, file, "");
        root.CheckKeys(Keys);
        var scenarios = Distinct(root, "scenarios", root.StringList("scenarios"));
        if (scenarios.Count == 0)
        {
            throw root.Error("scenarios", "required: a list of shipped scenario names or YAML paths");
        }
        var commodities = Distinct(root, "commodities", root.StringList("commodities"));
        var runs = Distinct(root, "runs", root.StringList("runs").Select(t => Whole(root, "runs", t, 1, SweepFile.MaxRuns)).ToList());
        if (runs.Count == 0)
        {
            throw root.Error("runs", "required: a run count or a list of them");
        }
        var seedTexts = root.StringList("seeds");
        var seeds = Distinct(root, "seeds", seedTexts.Count == 0 ? [1UL] : seedTexts.Select(t => ulong.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var s)
            ? s
            : throw root.Error("seeds", $"expected whole numbers 0–{ulong.MaxValue}, got '{t}'")).ToList());
        var blockRuns = root.String("block_runs") is { } b ? Whole(root, "block_runs", b, 256, 1 << 24) : SweepFile.DefaultBlockRuns;
        if (blockRuns % 256 != 0)
        {
            throw root.Error("block_runs", $"must be a multiple of 256 (the Monte Carlo block), got {blockRuns}");
        }
        int? horizon = root.String("horizon") is { } h ? Whole(root, "horizon", h, 1, 240) : null;
        var plans = SweepPlanReader.Read(root);
        var cells = (long)scenarios.Count * (Math.Max(1, commodities.Count) + plans.Count) * runs.Count * seeds.Count;
        if (cells > SweepFile.MaxCells)
        {
            throw root.Error("scenarios", $"{cells} cells (scenarios × (commodities + plans) × runs × seeds); at most {SweepFile.MaxCells} in one sweep");
        }
        return new SweepFile(file, root.String("name") ?? Path.GetFileNameWithoutExtension(file), scenarios, commodities, runs, seeds, blockRuns, horizon)
        {
            Plans = plans,
            AsOf = root.String("as_of") is { } day ? AsOf(root, day) : null,
        };
    }

    private static DateOnly AsOf(YamlMap root, string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw root.Error("as_of", $"expected a date YYYY-MM-DD, got '{text}'");

    private static int Whole(YamlMap root, string key, string text, int min, int max) =>
        int.TryParse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw root.Error(key, $"expected a whole number {min.ToString("N0", CultureInfo.InvariantCulture)}–{max.ToString("N0", CultureInfo.InvariantCulture)}, got '{text}'");

    private static List<T> Distinct<T>(YamlMap root, string key, IReadOnlyList<T> values)
    {
        var seen = new HashSet<T>();
        foreach (var v in values)
        {
            if (!seen.Add(v))
            {
                throw root.Error(key, $"'{v}' is listed twice");
            }
        }
        return values.ToList();
    }
}
