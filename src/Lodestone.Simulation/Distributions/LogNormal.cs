using System.Globalization;

namespace Lodestone.Simulation.Distributions;

/// <summary>Log-normal: ln X ~ Normal(μ, σ). F⁻¹ from MathNet.Numerics; mean exp(μ + σ²/2).</summary>
internal sealed record LogNormal : Distribution
{
    public LogNormal(double mu, double sigma)
    {
        if (!double.IsFinite(mu) || !(sigma > 0))
        {
            throw new ArgumentException($"lognormal needs finite mu and sigma > 0, got ({mu}, {sigma})");
        }
        Mu = mu;
        Sigma = sigma;
    }

    public double Mu { get; }
    public double Sigma { get; }

    public override double InverseCdf(double u) => MathNet.Numerics.Distributions.LogNormal.InvCDF(Mu, Sigma, u);

    public override double Mean => Math.Exp(Mu + Sigma * Sigma / 2);

    public override string Describe() => string.Create(CultureInfo.InvariantCulture, $"lognormal({Mu:G6}, {Sigma:G6})");
}
