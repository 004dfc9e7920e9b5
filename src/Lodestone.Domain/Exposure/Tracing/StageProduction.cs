using Lodestone.Domain.Metrics;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Exposure.Tracing;

/// <summary>A country's output at one stage in tonnes, as the world stage shares give it: exact, capped by "other countries", or unknown.</summary>
/// <param name="Low">Tonnes at least (0 when unlisted).</param>
/// <param name="High">Tonnes at most; null when unbounded (listed without a world total in tonnes, or no stage data).</param>
/// <param name="Basis">Where the figure comes from, for the evidence list.</param>
public sealed record StageProduction(double Low, double? High, string Basis)
{
    /// <summary>A gap between the listed shares and 100 % up to this size is rounding, not room for unlisted producers.</summary>
    public const double RoundingGap = 0.005;

    /// <summary>The source lists no output and leaves no room for any (no "other countries" row).</summary>
    public bool IsZero => High is 0;

    /// <summary>True when the output is known to be positive.</summary>
    public bool IsPositive => Low > 0;

    /// <summary>The output of <paramref name="country"/> in <paramref name="distribution"/> (null: the stage has no world shares).</summary>
    public static StageProduction Of(StageDistribution? distribution, Iso3 country)
    {
        if (distribution is null)
        {
            return new StageProduction(0, null, "no world output data for this stage");
        }
        var label = $"{distribution.Series} ({distribution.Year})";
        if (distribution.IsProxy)
        {
            // A mine split standing in for this stage says nothing of who produces at it.
            return new StageProduction(0, null, label + ": a proxy from another stage, output at this stage unknown");
        }
        var factor = TonnesPerUnit(distribution.Unit);
        var world = distribution.WorldTotal is { } w && factor is { } f ? w * f : (double?)null;
        var listed = distribution.Shares.Where(s => s.Country == country && !s.IsAggregate).Sum(s => s.Share);
        if (distribution.Lists(country))
        {
            return world is { } t
                ? new StageProduction(listed * t, listed * t, label)
                : new StageProduction(double.Epsilon, null, label + ": listed, no world total in tonnes");
        }
        // Unlisted producers share the "other countries" row and any gap the listed rows leave (beyond rounding).
        var gap = 1 - distribution.Coverage;
        var other = distribution.OtherShare + (gap > RoundingGap ? gap : 0);
        if (other <= 0)
        {
            return new StageProduction(0, 0, label + ": not listed, no other-countries row and no gap");
        }
        return new StageProduction(0, world is { } total ? other * total : null, label + ": not listed, at most the other-countries row");
    }

    /// <summary>Tonnes per unit for the units the stage data use; null when the unit is not a mass (carats, cubic
    /// metres).</summary>
    /// <remarks>USGS writes "thousand metric dry tons" (bauxite), "million metric tons" and "kilograms (palladium
    /// content)"; the IEA "kt Cu". Until 2026-12-05 only a few exact prefixes were read, so those stages' outputs had
    /// no tonnes and every producer's home share was unbounded (bauxite-mining Jamaica traced at 0-99.6 %
    /// Chinese).</remarks>
    public static double? TonnesPerUnit(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit))
        {
            return null;
        }
        // What qualifies the unit ("(TiO2 content)", "Cu") does not change its mass.
        var words = unit.Split('(')[0].Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }
        var scale = words[0] switch
        {
            "thousand" => 1e3,
            "million" => 1e6,
            _ => 1.0,
        };
        var rest = words.Skip(scale == 1.0 ? 0 : 1).Where(w => w is not ("metric" or "dry")).ToList();
        var perUnit = rest.Count == 0 ? null : rest[0] switch
        {
            "t" or "ton" or "tons" or "tonne" or "tonnes" => 1.0,
            "kt" => 1e3,
            "kg" or "kilogram" or "kilograms" => 1e-3,
            _ => (double?)null,
        };
        return perUnit * scale;
    }
}
