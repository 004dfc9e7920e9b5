using System.Collections.Concurrent;
using System.Security.Cryptography;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Simulation.Engine;
using Lodestone.Simulation.MonteCarlo;
using Lodestone.Simulation.Replays;
using Lodestone.Simulation.Scenarios;

namespace Lodestone.Simulation.Sweeps;

/// <summary>Compiles a sweep's models, once each, the same way on the machine that runs the sweep and on every
/// worker.</summary>
/// <remarks>A scenario file is read as an upload is (<c>extends:</c> a shipped scenario only) on both sides, so a
/// worker that has only
/// the file's text builds the same definition.</remarks>
public sealed class SweepModels(ScenarioLibrary library, Dataset data)
{
    private readonly ConcurrentDictionary<(ScenarioSource, string?, int?), Lazy<Compiled>> _models = new();
    private readonly ConcurrentDictionary<(ScenarioSource, string), Lazy<CompiledReplay>> _replays = new();

    /// <summary>Reads a scenario named in a sweep file: an existing YAML path, else a shipped name.</summary>
    /// <exception cref="ScenarioException">Neither a file nor a shipped scenario.</exception>
    public ScenarioSource Source(string nameOrPath, string sweepFile)
    {
        if (File.Exists(nameOrPath))
        {
            return new ScenarioSource(nameOrPath, Lodestone.Yaml.YamlLimits.ReadFile(nameOrPath));
        }
        var name = nameOrPath.EndsWith(".yaml", StringComparison.Ordinal) ? nameOrPath[..^".yaml".Length] : nameOrPath;
        return library.Contains(name)
            ? new ScenarioSource(name, null)
            : throw new ScenarioException(sweepFile, 0, "scenarios", $"'{nameOrPath}' is neither a YAML file nor a shipped scenario (one of: {string.Join(", ", library.Names())})");
    }

    /// <summary>The model of a cell, or null with the reason when the scenario has no market of the
    /// commodity.</summary>
    /// <exception cref="ScenarioException">The scenario does not read or compile (file, line, field).</exception>
    public Compiled Compile(ScenarioSource source, string? commodity, int? horizon) =>
        _models.GetOrAdd((source, commodity, horizon), key => new Lazy<Compiled>(() => Build(key.Item1, key.Item2, key.Item3))).Value;

    /// <summary>A solved plan (<see cref="ReplayPlan.ToJson"/>) compiled for replay under the scenario, with its
    /// fingerprint.</summary>
    /// <exception cref="ScenarioException">The scenario does not read (file, line, field).</exception>
    public CompiledReplay CompileReplay(ScenarioSource source, string planJson) =>
        _replays.GetOrAdd((source, planJson), key => new Lazy<CompiledReplay>(() =>
        {
            var model = ReplayModel.Compile(ReplayPlan.FromJson(key.Item2), Read(key.Item1), name => data.Commodities.Find(name)?.Name);
            return new CompiledReplay(model, ReplayRunner.Fingerprint(model));
        })).Value;

    private ScenarioDefinition Read(ScenarioSource source) =>
        source.Yaml is null ? library.ReadShipped(source.Name) : library.ReadText(source.Yaml, Path.GetFileName(source.Name));

    private Compiled Build(ScenarioSource source, string? commodity, int? horizon)
    {
        var scenario = Read(source);
        if (commodity is not null)
        {
            if (data.Commodities.Find(commodity) is null)
            {
                throw new ScenarioException(source.Name, 0, "commodities", $"unknown commodity '{commodity}'");
            }
            scenario = ScenarioSlice.ForCommodity(scenario, commodity, data.Commodities)!;
            if (scenario is null)
            {
                return new Compiled(null, null, $"scenario {source.Name} has no market of {data.Commodities.Find(commodity)!.Name}");
            }
        }
        var model = ScenarioCompiler.Compile(scenario, data, library.Compile(data, horizon));
        return new Compiled(model, Fingerprint(model), null);
    }

    /// <summary>SHA-256 of one block of runs from a fixed seed, encoded: two machines that compile different data, or
    /// whose arithmetic
    /// differs (vector width, math library), disagree here before they disagree in a result.</summary>
    public static string Fingerprint(SimulationModel model)
    {
        var probe = MonteCarloRunner.RunBlocks(model, new MonteCarloOptions(1, 0x5EED, MaxThreads: 1), 0, 1);
        return Convert.ToHexString(SHA256.HashData(probe.ToBytes()));
    }

    /// <summary>A plan compiled for replay under a scenario, and its fingerprint (<see
    /// cref="ReplayRunner.Fingerprint"/>).</summary>
    public sealed record CompiledReplay(ReplayModel Model, string Fingerprint);

    /// <summary>A compiled cell: the model and its fingerprint, or why there is none.</summary>
    public sealed record Compiled(SimulationModel? Model, string? Fingerprint, string? Missing);
}
