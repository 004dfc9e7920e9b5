using Lodestone.Data;
using Lodestone.Domain.Errors;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Simulation.Scenarios;

namespace Lodestone.Cli.Commands.Simulate;

/// <summary>What the simulation commands share: reading scenarios with one-line errors, the salient tables, the progress threshold.</summary>
internal static class SimulationInputs
{
    /// <summary>Runs at or above this count show a progress bar (table output on a terminal only).</summary>
    public const int ProgressThreshold = 20_000;

    /// <summary>The shipped scenarios and the data folder (salient tables, tracked claims), where the web app finds them by default.</summary>
    public static ScenarioLibrary Library => new(ScenarioPaths.DefaultDirectory, DataPaths.DefaultDataDirectory);

    /// <summary>The salient tables and multi-tier origin attribution over <paramref name="data"/>, as every CLI simulation uses them.</summary>
    public static CompileOptions Compile(Dataset data, int? horizon = null) => Library.Compile(data, horizon);

    public static ScenarioDefinition Read(string nameOrPath)
    {
        var path = ScenarioPaths.Resolve(nameOrPath);
        if (!File.Exists(path))
        {
            throw new LodestoneException(ErrorCode.NotFound, $"scenario '{nameOrPath}' not found (a YAML path, or one of: {string.Join(", ", ScenarioPaths.Shipped().Select(Path.GetFileNameWithoutExtension))})");
        }
        return Guard(() => ScenarioReader.ReadFile(path));
    }

    /// <summary>Runs <paramref name="action"/>, turning scenario errors into a one-line CLI error with file, line and field.</summary>
    public static T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (ScenarioException e)
        {
            throw new LodestoneException(ErrorCode.InvalidData, e.Message);
        }
    }

    public static void CheckRuns(int runs)
    {
        if (runs is < 1 or > 10_000_000)
        {
            throw new LodestoneException(ErrorCode.BadArguments, "--runs must be between 1 and 10,000,000");
        }
    }
}
