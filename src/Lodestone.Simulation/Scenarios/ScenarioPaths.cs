namespace Lodestone.Simulation.Scenarios;

/// <summary>Where the shipped scenarios live.</summary>
public static class ScenarioPaths
{
    /// <summary>The <c>scenarios/</c> folder copied beside the binaries (LODESTONE_SCENARIOS_DIR overrides).</summary>
    public static string DefaultDirectory =>
        Environment.GetEnvironmentVariable("LODESTONE_SCENARIOS_DIR") is { Length: > 0 } dir
            ? dir
            : Path.Combine(AppContext.BaseDirectory, "scenarios");

    /// <summary>The shipped scenario files, sorted by name.</summary>
    public static IReadOnlyList<string> Shipped(string? directory = null) =>
        Directory.Exists(directory ?? DefaultDirectory)
            ? Directory.GetFiles(directory ?? DefaultDirectory, "*.yaml").Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>A scenario named by path, or by name in the shipped folder ("baseline" → scenarios/baseline.yaml).</summary>
    public static string Resolve(string nameOrPath, string? directory = null)
    {
        if (File.Exists(nameOrPath))
        {
            return nameOrPath;
        }
        var name = nameOrPath.EndsWith(".yaml", StringComparison.Ordinal) ? nameOrPath : nameOrPath + ".yaml";
        var shipped = Path.Combine(directory ?? DefaultDirectory, name);
        return File.Exists(shipped) ? shipped : nameOrPath;
    }
}
