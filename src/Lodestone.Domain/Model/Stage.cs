namespace Lodestone.Domain.Model;

/// <summary>A stage of a mineral supply chain.</summary>
public enum Stage
{
    /// <summary>Ore and concentrate: mine production.</summary>
    Mining,
    /// <summary>Processing and refining: separation, smelting, refined metal, chemicals.</summary>
    Refining,
    /// <summary>Component manufacturing: NdFeB magnets, cathode and anode materials, cells.</summary>
    Components,
    /// <summary>Secondary supply from scrap and end-of-life products.</summary>
    Recycling,
}

/// <summary>Names and parsing for <see cref="Stage"/>.</summary>
public static class Stages
{
    /// <summary>Every stage, upstream first: mining, refining, components, then recycling.</summary>
    public static IReadOnlyList<Stage> All { get; } = [Stage.Mining, Stage.Refining, Stage.Components, Stage.Recycling];

    /// <summary>The lower-case name used in files, JSON and the CLI.</summary>
    public static string Name(this Stage stage) => stage switch
    {
        Stage.Mining => "mining",
        Stage.Refining => "refining",
        Stage.Components => "components",
        Stage.Recycling => "recycling",
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };

    /// <summary>Parses a canonical name or one of the free-text stage labels found in source files.</summary>
    /// <remarks>
    /// Source labels such as "separation/refining", "refining (spherical/anode)" or "mining (ore)" are
    /// matched by keyword. Proxy labels ("mining (proxy: no processing-stage split …)") map to
    /// mining: the figure is a mine figure standing in for processing and is reported as such.
    /// </remarks>
    public static bool TryParse(string? text, out Stage stage)
    {
        stage = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var t = text.Trim().ToLowerInvariant();
        if (t.StartsWith("mine", StringComparison.Ordinal) || t.StartsWith("mining", StringComparison.Ordinal) || t == "extraction")
        {
            stage = Stage.Mining;
            return true;
        }
        if (t.StartsWith("component", StringComparison.Ordinal) || t.StartsWith("magnet", StringComparison.Ordinal))
        {
            stage = Stage.Components;
            return true;
        }
        if (t.StartsWith("recycl", StringComparison.Ordinal))
        {
            stage = Stage.Recycling;
            return true;
        }
        if (t.Contains("refin", StringComparison.Ordinal) || t.Contains("separation", StringComparison.Ordinal)
            || t.Contains("smelt", StringComparison.Ordinal) || t.Contains("processing", StringComparison.Ordinal)
            || t == "refinery" || t == "plant")
        {
            stage = Stage.Refining;
            return true;
        }
        return false;
    }

    /// <summary>As <see cref="TryParse"/>.</summary>
    /// <exception cref="FormatException">The text names no stage.</exception>
    public static Stage Parse(string text) =>
        TryParse(text, out var stage) ? stage : throw new FormatException($"unknown stage '{text}'");
}
