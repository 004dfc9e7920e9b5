using System.Globalization;

namespace Lodestone.Simulation.Distributions;

/// <summary>Finitely many values with probabilities (normalised to sum 1).</summary>
/// <remarks>F⁻¹(u) = the first value whose cumulative probability exceeds u (values kept in the given order).</remarks>
internal sealed record Discrete : Distribution
{
    private readonly double[] _cumulative;

    public Discrete(IReadOnlyList<double> values, IReadOnlyList<double> probabilities)
    {
        if (values.Count == 0 || values.Count != probabilities.Count || probabilities.Any(p => !(p >= 0)) || !(probabilities.Sum() > 0))
        {
            throw new ArgumentException("discrete needs as many non-negative probabilities as values, with a positive sum");
        }
        Values = values.ToArray();
        var total = probabilities.Sum();
        Probabilities = probabilities.Select(p => p / total).ToArray();
        _cumulative = new double[Values.Count];
        var running = 0.0;
        for (var i = 0; i < Values.Count; i++)
        {
            running += Probabilities[i];
            _cumulative[i] = running;
        }
        _cumulative[^1] = 1.0;
    }

    public IReadOnlyList<double> Values { get; }
    public IReadOnlyList<double> Probabilities { get; }

    public override double InverseCdf(double u)
    {
        for (var i = 0; i < _cumulative.Length; i++)
        {
            if (u < _cumulative[i])
            {
                return Values[i];
            }
        }
        return Values[^1];
    }

    public override double Mean => Values.Select((v, i) => v * Probabilities[i]).Sum();

    public override string Describe() =>
        "discrete(" + string.Join(", ", Values.Select((v, i) => string.Create(CultureInfo.InvariantCulture, $"{v:G6}: {Probabilities[i]:0.###}"))) + ")";
}
