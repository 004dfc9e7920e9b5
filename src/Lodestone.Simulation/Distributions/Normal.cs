using System.Globalization;

namespace Lodestone.Simulation.Distributions;

/// <summary>Normal with mean μ and standard deviation σ, optionally truncated to [<see cref="Lower"/>, <see cref="Upper"/>].</summary>
/// <remarks>
/// F⁻¹ from MathNet.Numerics (<c>Normal.InvCDF</c>). Truncation clamps the draw (probability mass at the bounds), which
/// keeps shares in [0, 1]; the YAML form is <c>normal: [mu, sigma]</c> or <c>normal: [mu, sigma, lower, upper]</c>.
/// </remarks>
internal sealed record Normal : Distribution
{
    public Normal(double mu, double sigma, double lower = double.NegativeInfinity, double upper = double.PositiveInfinity)
    {
        if (!double.IsFinite(mu) || !(sigma > 0) || !(lower < upper))
        {
            throw new ArgumentException($"normal needs finite mu, sigma > 0 and lower < upper, got ({mu}, {sigma}, {lower}, {upper})");
        }
        Mu = mu;
        Sigma = sigma;
        Lower = lower;
        Upper = upper;
    }

    public double Mu { get; }
    public double Sigma { get; }
    public double Lower { get; }
    public double Upper { get; }

    public override double InverseCdf(double u) =>
        Math.Clamp(MathNet.Numerics.Distributions.Normal.InvCDF(Mu, Sigma, u), Lower, Upper);

    /// <summary>Mean of the untruncated normal (μ); the clamped mean differs when the bounds cut mass.</summary>
    public override double Mean => Mu;

    public override string Describe() => double.IsInfinity(Lower) && double.IsInfinity(Upper)
        ? string.Create(CultureInfo.InvariantCulture, $"normal({Mu:G6}, {Sigma:G6})")
        : string.Create(CultureInfo.InvariantCulture, $"normal({Mu:G6}, {Sigma:G6}) clamped to [{Lower:G6}, {Upper:G6}]");
}
