using Lodestone.Simulation.Distributions;
using Lodestone.Simulation.Engine;

namespace Lodestone.Simulation.MonteCarlo;

/// <summary>Draws every parameter of a block of runs: value(run, j) = F_j⁻¹(U(h(seed, run), j)).</summary>
public static class ParameterSampler
{
    /// <summary>Fills <paramref name="values"/>[j][lane] for runs <paramref name="firstRun"/> … firstRun + runs − 1; padding lanes repeat the first run.</summary>
    public static void Fill(IReadOnlyList<Parameter> parameters, ulong seed, long firstRun, int runs, double[][] values)
    {
        FillFixed(parameters, values);
        FillSampled(parameters, seed, firstRun, runs, values);
    }

    /// <summary>Fills the rows of fixed parameters, the same in every block: once per matrix is enough.</summary>
    internal static void FillFixed(IReadOnlyList<Parameter> parameters, double[][] values)
    {
        for (var j = 0; j < parameters.Count; j++)
        {
            if (parameters[j].Value.IsFixed)
            {
                Array.Fill(values[j], parameters[j].Value.InverseCdf(0.5));
            }
        }
    }

    /// <summary>Fills the rows of sampled parameters (<see cref="Fill"/> without the fixed rows).</summary>
    /// <remarks>Row by row: the uniforms of one stream for every run, then the distribution's inverse CDF over them, both several runs
    /// per instruction with the one-value forms' bits.</remarks>
    internal static void FillSampled(IReadOnlyList<Parameter> parameters, ulong seed, long firstRun, int runs, double[][] values)
    {
        var lanes = values.Length == 0 ? 0 : values[0].Length;
        Span<ulong> runSeeds = runs <= 1024 ? stackalloc ulong[runs] : new ulong[runs];
        Span<double> uniforms = runs <= 1024 ? stackalloc double[runs] : new double[runs];
        for (var i = 0; i < runs; i++)
        {
            runSeeds[i] = CounterRandom.RunSeed(seed, firstRun + i);
        }
        for (var j = 0; j < parameters.Count; j++)
        {
            var distribution = parameters[j].Value;
            if (distribution.IsFixed)
            {
                continue;
            }
            var row = values[j];
            CounterRandom.Uniforms(runSeeds, j, uniforms);
            distribution.InverseCdf(uniforms, row.AsSpan(0, runs));
            for (var i = runs; i < lanes; i++)
            {
                row[i] = row[0];
            }
        }
    }
}
