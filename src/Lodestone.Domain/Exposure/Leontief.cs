namespace Lodestone.Domain.Exposure;

/// <summary>Leontief input–output accounting (Miller &amp; Blair; Kitzes 2013, "An introduction to environmentally-extended input-output analysis").</summary>
/// <remarks>
/// A = Z·diag(x)⁻¹ (technical coefficients, Aᵢⱼ = Zᵢⱼ / xⱼ), L = (I − A)⁻¹ (Leontief inverse). With a direct
/// intensity f = q / x, the production-based account is q and the consumption-based account is f·L·diag(y).
/// The inverse is computed column by column with an <see cref="IUpstreamSolver"/>: column j solves w = eⱼ + A·w.
/// </remarks>
public static class Leontief
{
    /// <summary>A = Z·diag(x)⁻¹.</summary>
    public static double[,] TechnicalCoefficients(double[,] z, double[] x)
    {
        var n = x.Length;
        if (z.GetLength(0) != n || z.GetLength(1) != n)
        {
            throw new ArgumentException("Z must be n × n with n = length of x", nameof(z));
        }
        var a = new double[n, n];
        for (var j = 0; j < n; j++)
        {
            if (x[j] <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(x), x[j], "total output must be positive");
            }
            for (var i = 0; i < n; i++)
            {
                a[i, j] = z[i, j] / x[j];
            }
        }
        return a;
    }

    /// <summary>L = (I − A)⁻¹.</summary>
    public static double[,] Inverse(double[,] a, IUpstreamSolver solver)
    {
        var system = FromDense(a);
        var n = system.Size;
        var l = new double[n, n];
        for (var j = 0; j < n; j++)
        {
            var e = new double[n];
            e[j] = 1;
            var column = solver.Solve(system, e).Weights;
            for (var i = 0; i < n; i++)
            {
                l[i, j] = column[i];
            }
        }
        return l;
    }

    /// <summary>Consumption-based account: (f·L)ⱼ · yⱼ with f = q / x.</summary>
    public static double[] ConsumptionBased(double[] q, double[] x, double[,] l, double[] y)
    {
        var n = x.Length;
        var result = new double[n];
        for (var j = 0; j < n; j++)
        {
            var multiplier = 0.0;
            for (var i = 0; i < n; i++)
            {
                multiplier += q[i] / x[i] * l[i, j];
            }
            result[j] = multiplier * y[j];
        }
        return result;
    }

    /// <summary>A dense matrix as an <see cref="UpstreamSystem"/> (zeros skipped).</summary>
    public static UpstreamSystem FromDense(double[,] a)
    {
        var n = a.GetLength(0);
        var rowStart = new int[n + 1];
        var columns = new List<int>();
        var weights = new List<double>();
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (a[i, j] != 0)
                {
                    columns.Add(j);
                    weights.Add(a[i, j]);
                }
            }
            rowStart[i + 1] = columns.Count;
        }
        return new UpstreamSystem(n, rowStart, [.. columns], [.. weights]);
    }
}
