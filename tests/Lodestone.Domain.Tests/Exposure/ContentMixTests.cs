using Lodestone.Domain.Exposure.Tracing;

namespace Lodestone.Domain.Tests.Exposure;

public class ContentMixTests
{
    [Fact]
    public void Bounds_ContentRanges_GiveTheMostContentToTheExportersBelowTheOptimumAndTheLeastToTheRest()
    {
        // Given three exporters with supplier shares 0, 0.6 and 1 and content ranges [1, 2], [1, 3] and [1, 1] tonnes
        ShareBounds[] values = [new(0, 0), new(0.6, 0.6), new(1, 1)];
        int[] exporters = [0, 1, 2];
        double[] low = [1, 1, 1], high = [2, 3, 1];

        // When the mix is bounded
        var mix = ContentMix.Bounds(exporters, low, high, values);

        // Then the low end gives only the 0-share exporter its most: (0·2 + 0.6·1 + 1·1) / (2 + 1 + 1) = 0.4
        // (giving the 0.6 one its most too would raise it to 2.8 / 6); the high end gives the 0.6 and 1 exporters
        // their most and the 0 one its least: (0·1 + 0.6·3 + 1·1) / (1 + 3 + 1) = 0.56 (all least: 1.6 / 3 ≈ 0.533)
        Assert.Equal(0.4, mix.Low, 12);
        Assert.Equal(0.56, mix.High, 12);
    }

    [Fact]
    public void Bounds_ExactContents_AreTheContentWeightedAverageOfTheTracedEnds()
    {
        // Given two exporters with exact contents 3 t and 1 t and traced shares [0.2, 0.4] and [1, 1]
        ShareBounds[] values = [new(0.2, 0.4), new(1, 1)];

        // When the mix is bounded
        var mix = ContentMix.Bounds([0, 1], [3, 1], [3, 1], values);

        // Then it is (3·0.2 + 1·1) / 4 = 0.4 to (3·0.4 + 1·1) / 4 = 0.55, as tonne weights would give
        Assert.Equal(0.4, mix.Low, 12);
        Assert.Equal(0.55, mix.High, 12);
    }
}
