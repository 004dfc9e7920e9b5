using Lodestone.Domain.KnowledgeBase;
using Lodestone.Simulation.Attribution;
using Lodestone.Simulation.Claims;
using Lodestone.Simulation.Inputs;

namespace Lodestone.Simulation.Scenarios;

/// <summary>The shipped scenarios and the data files the simulation needs (the salient tables, the tracked claims), in one folder pair that the CLI and the web app both pass in.</summary>
/// <remarks>
/// Built-in scenarios are named by file name without <c>.yaml</c>; a name is only ever looked up in the list of shipped files,
/// never joined into a path, so a request cannot reach a file outside the scenarios folder. Uploaded YAML may
/// <c>extends:</c> a shipped scenario by file name, nothing else.
/// </remarks>
public sealed class ScenarioLibrary(string scenariosDirectory, string dataDirectory)
{
    /// <summary>Upper bound on uploaded scenario text, in characters (the shipped files are under 10 KB).</summary>
    public const int MaxYamlLength = 64 * 1024;

    /// <summary>The folder of the shipped scenario files (<c>*.yaml</c>).</summary>
    public string ScenariosDirectory { get; } = scenariosDirectory;

    /// <summary>The data folder: salient tables, the tracked claims and the backtest episodes.</summary>
    public string DataDirectory { get; } = dataDirectory;

    /// <summary>Names of the shipped scenarios ("baseline", …), sorted.</summary>
    public IReadOnlyList<string> Names() =>
        ScenarioPaths.Shipped(ScenariosDirectory).Select(p => Path.GetFileNameWithoutExtension(p)).ToList();

    /// <summary>Whether <paramref name="name"/> is a shipped scenario.</summary>
    public bool Contains(string? name) => name is not null && Names().Contains(name, StringComparer.Ordinal);

    /// <summary>Reads a shipped scenario by name; throws <see cref="ScenarioException"/> on a bad file and <see cref="ArgumentException"/> for a name not in <see cref="Names"/>.</summary>
    public ScenarioDefinition ReadShipped(string name)
    {
        if (!Contains(name))
        {
            throw new ArgumentException($"'{name}' is not a shipped scenario", nameof(name));
        }
        return ScenarioReader.ReadFile(Path.Combine(ScenariosDirectory, name + ".yaml"));
    }

    /// <summary>Reads uploaded scenario YAML; <c>extends:</c> may name a shipped scenario file only. Throws <see cref="ScenarioException"/> with line and field.</summary>
    public ScenarioDefinition ReadUpload(string yaml) => ReadText(yaml, "scenario_yaml");

    /// <summary>Reads scenario YAML that came without its folder (an upload, a sweep's file sent to a silo): <c>extends:</c> may name a
    /// shipped scenario file only; errors name <paramref name="file"/>.</summary>
    public ScenarioDefinition ReadText(string yaml, string file) =>
        ScenarioReader.ReadText(yaml, file, extends =>
        {
            var name = extends.EndsWith(".yaml", StringComparison.Ordinal) ? extends[..^".yaml".Length] : extends;
            return Contains(name)
                ? ReadShipped(name)
                : throw new ScenarioException(file, 0, "extends", $"'{extends}' is not a shipped scenario (one of: {string.Join(", ", Names())})");
        });

    /// <summary>Compile options as the CLI's: demand from the USGS salient tables under the data folder, origins traced through <paramref name="dataset"/>'s exposure network,
    /// every input read for <paramref name="year"/> (null: the default vintage, as every view).</summary>
    public CompileOptions Compile(Dataset dataset, int? horizon = null, int? year = null)
    {
        var attribution = new TracedOriginAttribution(dataset, ContentBound.Low, year);
        return new(new SalientTable(Path.Combine(DataDirectory, "usgs", "salient")), attribution, horizon, attribution.Year);
    }

    /// <summary>The tracked claims (<c>claims.csv</c> in the data folder).</summary>
    public IReadOnlyList<TrackedClaim> Claims() => ClaimFile.Read(Path.Combine(DataDirectory, ClaimFile.FileName));
}
