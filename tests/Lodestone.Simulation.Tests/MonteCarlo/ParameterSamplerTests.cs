using CsCheck;
using Lodestone.Simulation.Distributions;
using Lodestone.Simulation.Engine;
using Lodestone.Simulation.MonteCarlo;

namespace Lodestone.Simulation.Tests.MonteCarlo;

public class ParameterSamplerTests
{
    [Fact]
    public void Uniforms_ManyRunsAtOnce_BitsOfOneAtATime()
    {
        // Given any seed, stream and number of runs (below, at and above the vector width, with a tail)
        Gen.Select(Gen.ULong, Gen.Int[0, 200], Gen.Int[0, 37]).Sample((seed, stream, count) =>
        {
            var runSeeds = Enumerable.Range(0, count).Select(r => CounterRandom.RunSeed(seed, r)).ToArray();
            var many = new double[count];

            // When
            CounterRandom.Uniforms(runSeeds, stream, many);

            // Then each value has the bits of the definition U(h(seed, run), stream)
            for (var r = 0; r < count; r++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(CounterRandom.Uniform(runSeeds[r], stream)), BitConverter.DoubleToInt64Bits(many[r]));
            }
        }, iter: 300);
    }

    [Theory]
    [InlineData(0.0, 1.0, 4.0)]
    [InlineData(2.0, 2.0, 5.0)]
    [InlineData(2.0, 5.0, 5.0)]
    [InlineData(3.0, 3.0, 3.0)]
    [InlineData(-1.5, 0.1, 0.7)]
    public void Triangular_ManyAtOnce_BitsOfOneAtATime(double min, double mode, double max)
    {
        // Given uniforms that include the split point (mode − min)/(max − min), both ends and values either side of the split
        var triangular = new Triangular(min, mode, max);
        var split = max > min ? (mode - min) / (max - min) : 0.5;
        var u = new[] { CounterRandom.SmallestUniform, split, Math.BitDecrement(split), Math.BitIncrement(split), 0.5, CounterRandom.LargestUniform, 1.0, 0.3, 0.9 }
            .Where(v => v is > 0 and <= 1).ToArray();

        // Then
        AssertBitsOfOneAtATime(triangular, u);
    }

    [Fact]
    public void InverseCdf_ManyAtOnce_HandWorkedValues()
    {
        // Triangular(0, 1, 4): split 1/4; u = 1/8 → 0 + √(1/8·4·1) = √0.5; u = 1/2 → 4 − √(1/2·4·3) = 4 − √6.
        // Uniform(2, 6): u → 2 + 4u.
        var triangular = new double[5];
        new Triangular(0, 1, 4).InverseCdf([0.125, 0.5, 0.125, 0.5, 0.5], triangular);
        Assert.Equal([Math.Sqrt(0.5), 4 - Math.Sqrt(6), Math.Sqrt(0.5), 4 - Math.Sqrt(6), 4 - Math.Sqrt(6)], triangular);
        var uniform = new double[5];
        new Uniform(2, 6).InverseCdf([0.25, 0.5, 0.75, 0.125, 1], uniform);
        Assert.Equal([3.0, 4.0, 5.0, 2.5, 6.0], uniform);
    }

    [Fact]
    public void Uniform_ManyAtOnce_BitsOfOneAtATime()
    {
        Gen.Select(Gen.Double[-1e6, 1e6], Gen.Double[0, 1e6], Gen.Double[0, 1].Array[0, 23]).Sample((lower, range, u) =>
            AssertBitsOfOneAtATime(new Uniform(lower, lower + range), u), iter: 300);
    }

    [Fact]
    public void FillSampledAfterFillFixed_EveryBlock_ValuesOfTheDefinition()
    {
        // Given a fixed, a uniform, a triangular and a discrete parameter, and a short block (padding lanes)
        var parameters = new[]
        {
            Parameter.Derived("a", 7.5, "test"),
            new Parameter("b", new Uniform(1, 3), "test", true),
            new Parameter("c", new Triangular(0, 0.2, 1), "test", true),
            new Parameter("d", new Discrete([1.0, 2.0], [0.5, 0.5]), "test", true),
        };
        var values = parameters.Select(_ => new double[8]).ToArray();
        ParameterSampler.FillFixed(parameters, values);

        foreach (var (first, runs) in new[] { (0L, 8), (8L, 8), (16L, 5) })
        {
            // When
            ParameterSampler.FillSampled(parameters, 42, first, runs, values);

            // Then each run's value is F⁻¹(U(h(seed, run), j)), the fixed row its value, and padding lanes repeat the first run
            for (var lane = 0; lane < 8; lane++)
            {
                var run = first + (lane < runs ? lane : 0);
                var runSeed = CounterRandom.RunSeed(42, run);
                Assert.Equal(7.5, values[0][lane]);
                for (var j = 1; j < parameters.Length; j++)
                {
                    Assert.Equal(parameters[j].Value.InverseCdf(CounterRandom.Uniform(runSeed, j)), values[j][lane]);
                }
            }
        }
    }

    private static void AssertBitsOfOneAtATime(Distribution distribution, double[] u)
    {
        var many = new double[u.Length];
        distribution.InverseCdf(u, many);
        for (var i = 0; i < u.Length; i++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(distribution.InverseCdf(u[i])), BitConverter.DoubleToInt64Bits(many[i]));
        }
    }
}
