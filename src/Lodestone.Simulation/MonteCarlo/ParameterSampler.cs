using Lodestone.Simulation.Distributions;
using Lodestone.Simulation.Engine;

namespace Lodestone.Simulation.MonteCarlo;

/// <summary>Draws every parameter of a block of runs: value(run, j) = F_j⁻¹(U(h(seed, run), j)).</summary>
public static class ParameterSampler
{
    /// <summary>Fills <paramref name="values"/>[j][lane] for runs <paramref name="firstRun"/> … firstRun + runs − 1; padding lanes repeat the first run.</summary>
    public static void Fill(IReadOnlyList<Parameter> parameters, ulong seed, long firstRun, int runs, double[][] values)
    {
        var lanes = values.Length == 0 ? 0 : values[0].Length;
        Span<ulong> runSeeds = runs <= 1024 ? stackalloc ulong[runs] : new ulong[runs];
        for (var i = 0; i < runs; i++)
        {
            runSeeds[i] = CounterRandom.RunSeed(seed, firstRun + i);
        }
        for (var j = 0; j < parameters.Count; j++)
        {
            var distribution = parameters[j].Value;
            var row = values[j];
            if (distribution.IsFixed)
            {
                Array.Fill(row, distribution.InverseCdf(0.5));
                continue;
            }
            for (var i = 0; i < runs; i++)
            {
                row[i] = distribution.InverseCdf(CounterRandom.Uniform(runSeeds[i], j));
            }
            for (var i = runs; i < lanes; i++)
            {
                row[i] = row[0];
            }
        }
    }
}
