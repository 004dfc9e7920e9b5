using CsCheck;
using Lodestone.Simulation.MonteCarlo;

namespace Lodestone.Simulation.Tests.MonteCarlo;

public class LaneMathTests
{
    [Fact]
    public void MinMax_AnyLength_ExtremesAndWhetherAllAreNumbers()
    {
        // Given blocks of 0 to 70 values (below, at and above the vector widths, with tails), some with a NaN
        Gen.Select(Gen.Double[-2, 2].Array[0, 70], Gen.Bool).Sample((values, withNaN) =>
        {
            if (withNaN && values.Length > 0)
            {
                values[values.Length / 2] = double.NaN;
            }

            // When
            var (min, max, allNumbers) = LaneMath.MinMax(values);

            // Then the flag says whether every value is a number, and for numbers the extremes are the smallest and largest value
            Assert.Equal(!values.Any(double.IsNaN), allNumbers);
            if (allNumbers)
            {
                Assert.Equal(values.Length == 0 ? double.PositiveInfinity : values.Min(), min);
                Assert.Equal(values.Length == 0 ? double.NegativeInfinity : values.Max(), max);
            }
        }, iter: 500);
    }

    [Fact]
    public void MinMax_SixtyFourEqualValues_AllNumbers()
    {
        // A block of one value (the common case: a month before a ban, every run at 0) must say "all numbers" so one bin takes it at once
        Assert.Equal((0.0, 0.0, true), LaneMath.MinMax(new double[64]));
    }

    [Fact]
    public void Sums_FourAtATimeOrOneByOne_SameBits()
    {
        // Given 1 to 11 arrays and a run count with a tail
        Gen.Select(Gen.Int[1, 11], Gen.Int[0, 45]).Sample((count, runs) =>
        {
            var arrays = Enumerable.Range(0, count).Select(a => Enumerable.Range(0, 48).Select(i => Math.Sin(a * 48 + i) * 1e3).ToArray()).ToArray();
            var sums = new double[count];

            // When
            LaneMath.Sums(arrays, count, runs, sums);

            // Then each is the bits of Sum over the same values
            for (var a = 0; a < count; a++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(LaneMath.Sum(arrays[a].AsSpan(0, runs))), BitConverter.DoubleToInt64Bits(sums[a]));
            }
        }, iter: 200);
    }
}
