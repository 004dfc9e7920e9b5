using System.Globalization;
using Lodestone.Domain.Facts;
using Lodestone.Domain.Model;

namespace Lodestone.Data.Loading;

/// <summary>Reads <c>processing_shares.csv</c>: published country shares of refining and component stages.</summary>
/// <remarks>
/// A "mining (proxy: …)" stage is a mine figure standing in for a missing processing split: it is loaded as a
/// refining-stage share with <see cref="StageShareFact.IsProxy"/> set, so every output can say so.
/// Shares of one (commodity, stage, scope, year, data type) may add to at most 100.5 % (rounding to 0.1 %).
/// </remarks>
internal static class StageShareReader
{
    public const double MaxShareSumPercent = 100.5;

    public static List<StageShareFact> Read(IEnumerable<CsvRow> rows, ReferenceData reference, SourceRegistry sources) =>
        Stream(rows, reference, sources, checkKeys: true).ToList();

    /// <summary>The shares of <paramref name="rows"/>, one at a time; the sum check runs once the rows are exhausted
    /// and holds one running sum per (commodity, stage, scope, year, data type), not the rows.</summary>
    /// <param name="checkKeys">Report a share the rows repeat (every key read is held); false when the store's unique
    /// index checks them instead (a streamed import).</param>
    public static IEnumerable<StageShareFact> Stream(IEnumerable<CsvRow> rows, ReferenceData reference, SourceRegistry sources, bool checkKeys)
    {
        var sums = new Dictionary<(string, Stage, string, int, string), (double Percent, CsvRow Last)>();
        var keys = checkKeys ? new Dictionary<(string, Stage, string, int, string, string), int>() : null;
        foreach (var row in rows)
        {
            var commodity = row.Commodity("commodity", reference.Commodities);
            var stageText = row.Required("stage");
            var isProxy = stageText.Contains("proxy", StringComparison.OrdinalIgnoreCase);
            Stage stage = Stage.Refining;
            if (!isProxy && stageText.Length > 0 && !Stages.TryParse(stageText, out stage))
            {
                row.Error("stage", $"expected a stage such as refining or component manufacturing, got '{stageText}'");
            }
            var scope = row.Required("product_scope");
            var year = row.RequiredYear("year");
            var dataType = row.Required("data_type");
            var rank = row.OptionalInt("rank");
            var countryText = row.Optional("iso3");
            Iso3? country = countryText is null ? null : row.ResolveCountry("iso3", countryText, reference.Countries, "ROW");
            var region = countryText is null ? row.Optional("country") : null;
            if (countryText is null && region is null)
            {
                row.Error("iso3", "expected an ISO code, ROW, or a region name in 'country'");
            }
            var share = row.OptionalPercentShare("share_pct");
            var qualifier = row.Optional("share_qualifier") ?? "=";
            if (qualifier is not ("=" or "~" or ">"))
            {
                row.Error("share_qualifier", $"expected =, ~ or >, got '{qualifier}'");
            }
            var value = row.OptionalNumber("value");
            var unit = row.Optional("unit");
            var worldTotal = row.OptionalNumber("world_total");
            var sourceId = sources.FromRow(row);
            if (commodity is null)
            {
                continue;
            }
            var who = country?.Code ?? region ?? "";
            var key = (commodity, stage, scope, year, dataType, who);
            if (keys is not null && !keys.TryAdd(key, row.Line))
            {
                row.Error("iso3", $"duplicate share ({commodity}, {stageText}, {year}, {dataType}, {who}); first on line {keys[key]}");
                continue;
            }
            var group = (commodity, stage, scope, year, dataType);
            sums[group] = (sums.GetValueOrDefault(group).Percent + (share?.Percent ?? 0), row);
            var isProjection = dataType.StartsWith("projection", StringComparison.OrdinalIgnoreCase);
            yield return new StageShareFact(commodity, stage, scope, year, dataType, isProjection, isProxy, rank, country, region, share,
                qualifier, value, unit, worldTotal, row.Optional("derived"), sourceId, row.Optional("notes"));
        }
        foreach (var ((c, s, _, y, type), (sum, last)) in sums.Where(g => g.Value.Percent > MaxShareSumPercent))
        {
            last.Error("share_pct", $"shares of ({c}, {s.Name()}, {y}, {type}) sum to "
                + $"{sum.ToString("0.#", CultureInfo.InvariantCulture)} %, expected at most 100 %");
        }
    }
}
