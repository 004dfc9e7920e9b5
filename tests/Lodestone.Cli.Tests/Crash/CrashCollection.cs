namespace Lodestone.Cli.Tests.Crash;

/// <summary>The crash tests run one at a time: each starts CLI processes, and the machine has two cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CrashCollection
{
    public const string Name = "crash";
}
