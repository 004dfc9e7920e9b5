namespace Lodestone.Simulation.Scenarios;

/// <summary>A scenario that cannot be read or compiled: file, line and field of the first problem.</summary>
public sealed class ScenarioException(string file, long line, string? field, string reason)
    : Exception(field is null ? $"{file}:{line}: {reason}" : $"{file}:{line}: {field}: {reason}")
{
    public string File { get; } = file;
    public long Line { get; } = line;
    public string? Field { get; } = field;
    public string Reason { get; } = reason;
}
