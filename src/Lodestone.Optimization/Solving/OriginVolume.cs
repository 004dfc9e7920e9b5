using Lodestone.Domain.Model;

namespace Lodestone.Optimization.Solving;

/// <summary>What the plan takes from one origin in one quarter, in the market's unit.</summary>
/// <param name="Baseline">From existing flows.</param>
/// <param name="Offtake">From new offtake contracts.</param>
public sealed record OriginVolume(Iso3 Origin, string Name, double Baseline, double Offtake)
{
    /// <summary>Baseline plus offtake: everything taken from the origin in the quarter.</summary>
    public double Total => Baseline + Offtake;
}
