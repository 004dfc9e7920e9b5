namespace Lodestone.Simulation.Distributions;

/// <summary>A probability distribution of one model parameter, sampled by its inverse CDF.</summary>
/// <remarks>
/// Sampling is <c>x = F⁻¹(u)</c> with <c>u</c> uniform on (0, 1) from <see cref="CounterRandom"/>, so a value depends
/// only on (seed, run, parameter) and never on thread scheduling.
/// </remarks>
public abstract record Distribution
{
    /// <summary>The value at cumulative probability <paramref name="u"/> ∈ (0, 1).</summary>
    public abstract double InverseCdf(double u);

    /// <summary><see cref="InverseCdf(double)"/> of every value of <paramref name="u"/>, into <paramref name="into"/> (same length).</summary>
    /// <remarks>Overrides compute several values per instruction with the same operations in the same order, so every value has the
    /// bits of the one-value form: the Monte Carlo's results do not depend on which form drew them.</remarks>
    public virtual void InverseCdf(ReadOnlySpan<double> u, Span<double> into)
    {
        for (var i = 0; i < u.Length; i++)
        {
            into[i] = InverseCdf(u[i]);
        }
    }

    /// <summary>The expected value.</summary>
    public abstract double Mean { get; }

    /// <summary>True when every draw gives the same value.</summary>
    public virtual bool IsFixed => false;

    /// <summary>Short text form ("uniform(0.05, 0.15)").</summary>
    public abstract string Describe();
}
