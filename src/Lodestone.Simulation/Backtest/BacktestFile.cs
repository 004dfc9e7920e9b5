using System.Globalization;
using Lodestone.Simulation.Scenarios;
using Lodestone.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Lodestone.Simulation.Backtest;

/// <summary>Reads <c>backtest/episodes.yaml</c> (schema in docs/simulation.md, "Backtest"); every error names file, line and field.</summary>
public static class BacktestFile
{
    /// <summary>The folder under the data directory that holds the episodes file and the episode scenarios.</summary>
    public const string Folder = "backtest";

    /// <summary>The episodes file's name inside <see cref="Folder"/>.</summary>
    public const string FileName = "episodes.yaml";

    /// <summary>Reads <c>{dataDirectory}/backtest/episodes.yaml</c>.</summary>
    /// <exception cref="ScenarioException">The file is missing or invalid (file, line, field).</exception>
    public static BacktestDefinition Read(string dataDirectory)
    {
        var directory = Path.Combine(dataDirectory, Folder);
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            throw new ScenarioException(Folder + "/" + FileName, 0, null, "file not found");
        }
        string text;
        try
        {
            text = YamlLimits.ReadFile(path);
        }
        catch (YamlException e)
        {
            throw new ScenarioException(Folder + "/" + FileName, 0, null, e.Message);
        }
        return ReadText(text, Folder + "/" + FileName, directory);
    }

    /// <summary>Reads episodes YAML; <paramref name="directory"/> is where its scenario files are.</summary>
    public static BacktestDefinition ReadText(string text, string file, string directory)
    {
        YamlStream stream;
        try
        {
            stream = YamlLimits.Load(text);
        }
        catch (YamlException e)
        {
            throw new ScenarioException(file, e.Start.Line, null, "invalid YAML: " + e.Message);
        }
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode node)
        {
            throw new ScenarioException(file, 1, null, "expected one YAML document whose top level is a mapping");
        }
        var root = new YamlMap(node, file, "");
        root.CheckKeys("calibration", "episodes");
        var calibration = ReadCalibration(root.Map("calibration") ?? throw root.Error("calibration", "required"));
        var episodes = root.MapList("episodes").Select(ReadEpisode).ToList();
        if (episodes.Count == 0)
        {
            throw root.Error("episodes", "at least one episode is needed");
        }
        var duplicate = episodes.GroupBy(e => e.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ScenarioException(file, duplicate.Last().Line, "episodes.name", $"'{duplicate.Key}' is used twice");
        }
        if (episodes.All(e => e.Role != EpisodeRole.Calibration) || episodes.All(e => e.Role != EpisodeRole.HeldOut))
        {
            throw root.Error("episodes", "at least one calibration and one held-out episode are needed");
        }
        return new BacktestDefinition(directory, calibration, episodes);
    }

    private static CalibrationSpec ReadCalibration(YamlMap map)
    {
        map.CheckKeys("parameter", "grid", "reason");
        var parameter = map.RequiredString("parameter");
        if (parameter is not ("approval_rate" or "severity"))
        {
            throw map.Error("parameter", "expected an event parameter: approval_rate or severity");
        }
        var grid = map.NumberList("grid");
        if (grid.Count == 0 || grid.Any(g => g is < 0 or > 1))
        {
            throw map.Error("grid", "expected a list of values 0–1");
        }
        var reason = map.RequiredString("reason");
        return new CalibrationSpec(parameter, grid, reason);
    }

    private static EpisodeSpec ReadEpisode(YamlMap map)
    {
        map.CheckKeys("name", "title", "role", "scenario", "controls", "base_year", "observations");
        var role = map.RequiredString("role") switch
        {
            "calibration" => EpisodeRole.Calibration,
            "held-out" => EpisodeRole.HeldOut,
            var other => throw map.Error("role", $"expected calibration or held-out, got '{other}'"),
        };
        var scenario = map.RequiredString("scenario");
        if (scenario != Path.GetFileName(scenario) || !scenario.EndsWith(".yaml", StringComparison.Ordinal))
        {
            throw map.Error("scenario", "expected a .yaml file name in the backtest folder");
        }
        var baseYear = map.Int("base_year") ?? throw map.Error("base_year", "required");
        var observations = map.MapList("observations").SelectMany(o => ReadObservations(o, baseYear)).ToList();
        if (observations.Count == 0)
        {
            throw map.Error("observations", "at least one observation is needed");
        }
        return new EpisodeSpec(map.RequiredString("name"), map.RequiredString("title"), role, scenario, map.StringList("controls"), baseYear,
            observations, map.Line);
    }

    private static IEnumerable<ObservationSpec> ReadObservations(YamlMap map, int baseYear)
    {
        map.CheckKeys("market", "measure", "years", "salient", "columns", "baci", "note");
        var market = map.RequiredString("market");
        if (!market.Contains('/', StringComparison.Ordinal))
        {
            throw map.Error("market", "expected commodity/stage, e.g. gallium/refining");
        }
        if (!Measures.TryParse(map.RequiredString("measure"), out var measure))
        {
            throw map.Error("measure", "expected one of " + string.Join(", ", Measures.All.Select(m => m.Name())));
        }
        var salient = map.String("salient");
        var columns = map.StringList("columns");
        var hs6 = map.String("baci");
        if (measure.ReadsBaci())
        {
            if (hs6 is null || hs6.Length != 6 || !hs6.All(char.IsAsciiDigit) || salient is not null)
            {
                throw map.Error("baci", $"{measure.Name()} reads BACI: give baci: <HS6 code> and no salient file");
            }
        }
        else if (salient is null || columns.Count == 0 || hs6 is not null)
        {
            throw map.Error("salient", $"{measure.Name()} reads a USGS salient file: give salient: <file> and columns: [...]");
        }
        var note = map.RequiredString("note");
        var years = map.NumberList("years");
        if (years.Count == 0)
        {
            throw map.Error("years", "required: the calendar years compared");
        }
        foreach (var y in years)
        {
            if (y != Math.Floor(y) || y <= baseYear || y > baseYear + 10)
            {
                throw map.Error("years", string.Create(CultureInfo.InvariantCulture, $"{y} is not a year after the base year {baseYear} (at most ten)"));
            }
            yield return new ObservationSpec(market, measure, (int)y, salient, columns, hs6, note, map.Line);
        }
    }
}
