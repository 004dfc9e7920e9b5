using Lodestone.Domain.Exposure;

namespace Lodestone.Domain.Tests.Exposure;

public class LeontiefTests
{
    // Kitzes (2013), "An introduction to environmentally-extended input-output analysis", Resources 2:489–503,
    // two-sector example: Z = [[8,5],[4,2]], x = [16,12], q = [8,4], y = [3,6]. Published (4 decimals):
    // A = [[0.5,0.4167],[0.25,0.1667]], L = [[2.6667,1.3333],[0.8,1.6]], production-based [8,4], consumption-based [4.8,7.2].
    private static readonly double[,] Z = { { 8, 5 }, { 4, 2 } };
    private static readonly double[] X = [16, 12];
    private static readonly double[] Q = [8, 4];
    private static readonly double[] Y = [3, 6];

    [Fact]
    public void TechnicalCoefficients_KitzesExample_MatchPublishedA()
    {
        var a = Leontief.TechnicalCoefficients(Z, X);

        Assert.Equal(0.5, a[0, 0], 4);
        Assert.Equal(0.4167, a[0, 1], 4);
        Assert.Equal(0.25, a[1, 0], 4);
        Assert.Equal(0.1667, a[1, 1], 4);
    }

    [Fact]
    public void Inverse_KitzesExampleWithIterativeSolver_MatchesPublishedL()
    {
        // When the Leontief inverse is built column by column with the BCL Jacobi solver
        var l = Leontief.Inverse(Leontief.TechnicalCoefficients(Z, X), new JacobiUpstreamSolver());

        // Then it matches the published L to the published 4 decimals
        Assert.Equal(2.6667, l[0, 0], 4);
        Assert.Equal(1.3333, l[0, 1], 4);
        Assert.Equal(0.8, l[1, 0], 4);
        Assert.Equal(1.6, l[1, 1], 4);
    }

    [Fact]
    public void ConsumptionBased_KitzesExample_Is4Point8And7Point2()
    {
        var l = Leontief.Inverse(Leontief.TechnicalCoefficients(Z, X), new JacobiUpstreamSolver());

        var consumption = Leontief.ConsumptionBased(Q, X, l, Y);

        // Production-based is q itself ([8, 4]); consumption-based re-allocates the same 12 units to final demand
        Assert.Equal(4.8, consumption[0], 4);
        Assert.Equal(7.2, consumption[1], 4);
        Assert.Equal(Q.Sum(), consumption.Sum(), 9);
    }
}
