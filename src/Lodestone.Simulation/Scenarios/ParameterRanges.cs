using Lodestone.Simulation.Distributions;

namespace Lodestone.Simulation.Scenarios;

/// <summary>The allowed range of every scenario parameter, checked against the smallest and largest value its distribution can draw.</summary>
/// <remarks>
/// <para>Without these, negative stockpile months gave a 500 % shortfall, and shares above 1, a severity of −3 or an approval
/// rate of 7 ran with exit 0. A distribution is checked at the extreme uniform draws the sampler can make
/// (<see cref="CounterRandom.SmallestUniform"/>, <see cref="CounterRandom.LargestUniform"/>), so an unbounded normal on a
/// fraction is refused (it must be written with bounds) and a lognormal whose tail overflows to infinity is refused.</para>
/// <para>Months are bounded by the longest horizon (240); growth rates per year by −100 % and +1,000 %; multiples and
/// unit factors by a million, which no mineral market approaches but which keeps every product finite.</para>
/// </remarks>
internal static class ParameterRanges
{
    private const double MaxMonths = 240;
    private const double MaxFactor = 1e6;

    private static readonly ParameterRange Fraction = new(0, 1, "a fraction");
    private static readonly ParameterRange Months = new(0, MaxMonths, "months, at most the longest horizon");
    private static readonly ParameterRange Growth = new(-1, 10, "a yearly rate: -100 % to +1,000 %");

    private static readonly Dictionary<string, ParameterRange> Ranges = new(StringComparer.Ordinal)
    {
        [ParameterNames.NetImportReliance] = Fraction with { Meaning = "a fraction of demand" },
        [ParameterNames.DemandGrowth] = Growth,
        [ParameterNames.RestOfWorldGrowth] = Growth,
        [ParameterNames.WorldToImporter] = new(0, MaxFactor, "a ratio of market sizes"),
        [ParameterNames.ConcernWorldShare] = Fraction with { Meaning = "a share of world supply" },
        [ParameterNames.SpareCapacity] = new(0, 10, "idle capacity as a fraction of output"),
        [ParameterNames.SpareLagMonths] = Months,
        [ParameterNames.NonConcernGrowth] = Growth,
        [ParameterNames.StockpileMonths] = Months,
        [ParameterNames.MaxReleasePerMonth] = Months with { Meaning = "months of demand released in one month" },
        [ParameterNames.SubstitutionRate] = new(0, 10, "a yearly build-up as a fraction of demand"),
        [ParameterNames.SubstitutionMax] = Fraction with { Meaning = "a fraction of demand" },
        [ParameterNames.SubstitutionLagMonths] = Months,
        [ParameterNames.DemandElasticity] = new(0, 100, "demand reduction per unit of price rise"),
        [ParameterNames.DemandReductionMax] = Fraction with { Meaning = "a fraction of demand" },
        [ParameterNames.DemandReductionLagMonths] = Months,
        [ParameterNames.RecyclingShare] = Fraction with { Meaning = "a fraction of demand" },
        [ParameterNames.RecyclingGrowth] = Growth,
        [ParameterNames.PriceElasticity] = new(double.Epsilon, 100, "a positive elasticity"),
        [ParameterNames.PriceCap] = new(1, MaxFactor, "a multiple of the pre-disruption price, at least 1"),
        [ParameterNames.RampMonths] = Months,
        [ParameterNames.ProjectDelayMonths] = Months,
        ["severity"] = Fraction with { Meaning = "the fraction of exports stopped" },
        ["approval_rate"] = Fraction with { Meaning = "the fraction of licence requests approved" },
        ["offtake"] = Fraction with { Meaning = "the share of output reaching the importer" },
        ["delay_months"] = Months,
        ["capacity"] = new(0, 1e12, "output per year in the project's unit"),
        ["to_demand_units"] = new(0, MaxFactor, "a unit conversion factor"),
        ["demand"] = new(0, 1e12, "demand per year in the market's unit"),
    };

    /// <summary>The range of <paramref name="name"/>, or null for a name without one.</summary>
    public static ParameterRange? For(string name) => Ranges.GetValueOrDefault(name);

    /// <summary>The smallest and largest values <paramref name="distribution"/> can draw.</summary>
    public static (double Low, double High) Extremes(Distribution distribution) =>
        (distribution.InverseCdf(CounterRandom.SmallestUniform), distribution.InverseCdf(CounterRandom.LargestUniform));
}
