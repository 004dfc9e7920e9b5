using System.Globalization;
using Lodestone.Simulation.Distributions;

namespace Lodestone.Simulation.Scenarios;

/// <summary>The documented default spreads (docs/simulation.md, "Uncertainty") that the compiler gives a parameter it derives
/// from data when the source states a point but not a range. Each is an assumption and says so in the parameter's spread basis.</summary>
/// <remarks>
/// A value derived from data is sampled between what the source itself shows where it shows more than one year (net import
/// reliance over the salient file's five years, the world-to-importer ratio over the five years of U.S. demand); the fixed
/// widths below apply only where the source gives a single figure.
/// </remarks>
internal static class DefaultSpreads
{
    /// <summary>Half-width of a world share taken from one year's published figure [fraction points].</summary>
    public const double WorldSharePoints = 0.05;

    /// <summary>Relative half-width of a world-to-importer ratio whose demand is not a salient series.</summary>
    public const double WorldRatioRelative = 0.20;

    /// <summary>Lowest utilisation of a single published nameplate capacity.</summary>
    public const double NameplateUtilisationLow = 0.70;

    /// <summary>A world share published for one year: triangular(x − 5 points, x, x + 5 points), clipped to 0–1.</summary>
    public static (Distribution Value, string Reason) WorldShare(double share) => (
        Triangle(Math.Max(0, share - WorldSharePoints), share, Math.Min(1, share + WorldSharePoints)),
        "default spread for a world share published for one year: ±5 percentage points (shares move by a few points a year and "
        + "the sources round them; assumption, docs/simulation.md Uncertainty)");

    /// <summary>A ratio of world output to a declared importer demand: triangular(0.8x, x, 1.2x).</summary>
    public static (Distribution Value, string Reason) WorldRatio(double ratio) => (
        Triangle(ratio * (1 - WorldRatioRelative), ratio, ratio * (1 + WorldRatioRelative)),
        "default spread for a world-to-importer ratio without a demand series: ±20 % (world output is a rounded estimate and "
        + "demand moves year to year; assumption, docs/simulation.md Uncertainty)");

    /// <summary>A world-to-importer ratio over the years of a salient demand series: triangular(world/max, world/latest, world/min).</summary>
    public static (Distribution Value, string Reason) WorldRatioOverYears(double world, double latest, double lowest, double highest, int firstYear, int lastYear) => (
        Triangle(world / highest, world / latest, world / lowest),
        string.Create(CultureInfo.InvariantCulture,
            $"spread from the source: U.S. demand in the salient file ranged {lowest:G} to {highest:G} over {firstYear}–{lastYear}; the ratio is drawn between world / highest and world / lowest, mode at the latest year (assumption: future demand stays within that range)"));

    /// <summary>A single published nameplate capacity: uniform(70 %, 100 %) of it.</summary>
    public static (Distribution Value, string Reason) Nameplate(double capacity) => (
        new Uniform(capacity * NameplateUtilisationLow, capacity),
        "default spread for a single published nameplate capacity: new plants run at 70–100 % of nameplate once ramped "
        + "(assumption, docs/simulation.md Uncertainty)");

    /// <summary>Net import reliance over the salient file's years: triangular(lowest, latest, highest) in fractions.</summary>
    public static (Distribution Value, string Reason) NirOverYears(double latest, double lowest, double highest, int firstYear, int lastYear) => (
        Triangle(lowest, latest, highest),
        string.Create(CultureInfo.InvariantCulture,
            $"spread from the source: USGS published NIR {lowest * 100:0.#}–{highest * 100:0.#} % over {firstYear}–{lastYear}; drawn in that range, mode at the latest year (assumption: the coming years stay within it)"));

    private static Distribution Triangle(double min, double mode, double max) => min == max ? new Fixed(mode) : new Triangular(min, mode, max);
}
