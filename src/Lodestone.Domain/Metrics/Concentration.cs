namespace Lodestone.Domain.Metrics;

/// <summary>Concentration indices: Herfindahl–Hirschman index and top-N share.</summary>
/// <remarks>
/// HHI = Σ sᵢ². With shares in percent it runs 0–10,000 (the antitrust convention, U.S. DOJ/FTC merger guidelines);
/// with fractions it runs 0–1 (the convention of the EU CRM and GeoPolRisk methods). Both are provided; callers say
/// which by the method they call. Shares are of the world total; aggregate rows ("other countries", ROW) are not
/// one country and are excluded by <see cref="StageConcentration"/>, which makes the result a lower bound.
/// </remarks>
internal static class Concentration
{
    /// <summary>HHI of shares given in percent: Σ sᵢ², 0–10,000.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A share is NaN, negative or above 100.</exception>
    public static double HhiPercent(IEnumerable<double> sharesPercent)
    {
        var sum = 0.0;
        foreach (var s in sharesPercent)
        {
            if (double.IsNaN(s) || s < 0 || s > 100 + 1e-9)
            {
                throw new ArgumentOutOfRangeException(nameof(sharesPercent), s, "a share in percent lies in [0, 100]");
            }
            sum += s * s;
        }
        return sum;
    }

    /// <summary>HHI of shares given as fractions: Σ sᵢ², 0–1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A share is NaN, negative or above 1.</exception>
    public static double HhiFraction(IEnumerable<double> fractions)
    {
        var sum = 0.0;
        foreach (var s in fractions)
        {
            if (double.IsNaN(s) || s < 0 || s > 1 + 1e-9)
            {
                throw new ArgumentOutOfRangeException(nameof(fractions), s, "a share as a fraction lies in [0, 1]");
            }
            sum += s * s;
        }
        return sum;
    }

    /// <summary>Sum of the <paramref name="n"/> largest shares (same unit as the input).</summary>
    public static double TopNShare(IEnumerable<double> shares, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        return shares.OrderDescending().Take(n).Sum();
    }
}
