namespace Lodestone.Simulation.Scenarios;

/// <summary>A scenario that cannot be read or compiled: file, line and field of the first problem.</summary>
public sealed class ScenarioException(string file, long line, string? field, string reason)
    : Exception(field is null ? $"{file}:{line}: {reason}" : $"{file}:{line}: {field}: {reason}")
{
    /// <summary>The file the problem is in (as given to the reader).</summary>
    public string File { get; } = file;
    /// <summary>1-based line of the problem; 0 when it concerns the whole file.</summary>
    public long Line { get; } = line;
    /// <summary>The key at fault ("markets[0].demand"), or null when no one field is.</summary>
    public string? Field { get; } = field;
    /// <summary>What is wrong and what was expected.</summary>
    public string Reason { get; } = reason;
}
