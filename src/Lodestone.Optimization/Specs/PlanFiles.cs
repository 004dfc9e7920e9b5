namespace Lodestone.Optimization.Specs;

/// <summary>Where the shipped plan files live and which one serves a commodity by default.</summary>
public static class PlanFiles
{
    /// <summary>The shipped <c>plans/</c> folder, copied beside the binaries (LODESTONE_PLANS_DIR overrides).</summary>
    public static string DefaultDirectory =>
        Environment.GetEnvironmentVariable("LODESTONE_PLANS_DIR") is { Length: > 0 } dir
            ? dir
            : Path.Combine(AppContext.BaseDirectory, "plans");

    /// <summary>The default plan for a canonical commodity name ("rare earths" → plans/rare-earths.yaml), or null when none ships.</summary>
    public static string? DefaultFor(string commodity, string? directory = null)
    {
        var path = Path.Combine(directory ?? DefaultDirectory, commodity.Trim().ToLowerInvariant().Replace(' ', '-') + ".yaml");
        return File.Exists(path) ? path : null;
    }
}
