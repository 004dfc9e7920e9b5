using CsCheck;
using Lodestone.Simulation.MonteCarlo;

namespace Lodestone.Simulation.Tests.MonteCarlo;

public class HistogramTests
{
    [Fact]
    public void Add_BlockAtOnceOrValueByValue_SameQuantiles()
    {
        // Given blocks that fall in one bin (a constant, values within one 0.01-wide bin), blocks spread over many bins,
        // values outside [0, 1] and a NaN: the block path must give what adding the values one at a time gives.
        var block = Gen.OneOf(
            Gen.Double[0, 1].Select(v => Enumerable.Repeat(v, 37).ToArray()),
            Gen.Int[0, 99].SelectMany(bin => Gen.Double[0, 0.0099].Array[1, 40].Select(a => a.Select(v => bin / 100.0 + v).ToArray())),
            Gen.Double[-0.5, 1.5].Array[1, 70],
            Gen.Double[0, 1].Array[2, 20].Select(a => a.Append(double.NaN).ToArray()));
        block.List[1, 12].Sample(blocks =>
        {
            var together = new Histogram(1, 100, _ => 0, _ => 1);
            var oneByOne = new Histogram(1, 100, _ => 0, _ => 1);

            // When
            foreach (var values in blocks)
            {
                together.Add(0, values);
                foreach (var v in values)
                {
                    oneByOne.Add(0, [v]);
                }
            }

            // Then
            foreach (var q in new[] { 0, 0.05, 0.5, 0.95, 1 })
            {
                Assert.Equal(oneByOne.Quantile(0, q), together.Quantile(0, q));
            }
        }, iter: 300);
    }

    [Fact]
    public void Quantile_PointMassAtZeroBesideSpreadValues_ExactZero()
    {
        // Given 60 runs at exactly 0 and 40 at 0.5…0.89 (bins of width 0.001 over [0, 1])
        var histogram = new Histogram(1, 1000, _ => 0, _ => 1);
        histogram.Add(0, new double[60]);
        histogram.Add(0, Enumerable.Range(0, 40).Select(i => 0.5 + i / 100.0).ToArray());

        // Then the median (rank 49.5 of 0…99) lies in the point mass and is reported as exactly 0, and the maximum as 0.89
        Assert.Equal(0, histogram.Quantile(0, 0.5));
        Assert.Equal(0.89, histogram.Quantile(0, 1));
    }
}
