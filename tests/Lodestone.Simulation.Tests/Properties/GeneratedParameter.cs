namespace Lodestone.Simulation.Tests.Properties;

/// <summary>A parameter as <see cref="ScenarioDocument"/> wrote it: its field path, distribution kind and
/// arguments.</summary>
internal sealed record GeneratedParameter(string Field, string Kind, double[] Args)
{
    /// <summary>The parameter's name, the last part of its field path.</summary>
    public string Name => Field[(Field.LastIndexOf('.') + 1)..];
}
