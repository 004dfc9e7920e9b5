using System.Globalization;
using Lodestone.Domain.Facts;

namespace Lodestone.Domain.Metrics;

/// <summary>Concentration of an importer's import sources: HHI (0–10,000) over partner shares, "other" excluded (lower bound).</summary>
internal static class ImportConcentration
{
    public static MetricResult Hhi(IReadOnlyList<ImportSourceFact> sources)
    {
        var inputs = sources.Select(s => new MetricInput("import share " + s.Partner.Code, s.Share.Percent,
            (s.Partner.IsAggregate ? "aggregate, excluded; " : "") + "% of imports " + s.Period + (s.Category is null ? "" : ", " + s.Category))).ToList();
        if (sources.Count == 0)
        {
            return MetricResult.Insufficient("import_hhi", "no import-source shares for this importer and commodity", inputs);
        }
        var lower = Concentration.HhiPercent(sources.Where(s => !s.Partner.IsAggregate).Select(s => s.Share.Percent));
        var other = sources.Where(s => s.Partner.IsAggregate).Sum(s => s.Share.Percent);
        return other > 0
            ? MetricResult.Bounded("import_hhi", lower, lower + other * other,
                "lower bound: 'other' partners (" + other.ToString("0.#", CultureInfo.InvariantCulture) + " %) excluded", inputs)
            : MetricResult.Ok("import_hhi", lower, inputs);
    }

    /// <summary>The last year a period such as "2021-24" or "2020–23" covers (0 when unreadable).</summary>
    public static int PeriodEnd(string period)
    {
        var digits = new string(period.Reverse().TakeWhile(char.IsAsciiDigit).Reverse().ToArray());
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var end))
        {
            return 0;
        }
        return digits.Length == 2 ? 2000 + end : end;
    }
}
