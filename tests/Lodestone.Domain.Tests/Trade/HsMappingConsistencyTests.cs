using Lodestone.Testing;

namespace Lodestone.Domain.Tests.Trade;

/// <summary>The commodity catalogue's HS codes (the mineral profile's "HS" line, data/reference/commodities.csv) and
/// the trade mapping (data/reference/hs_codes.csv) say the same thing about which codes carry a commodity.</summary>
public class HsMappingConsistencyTests
{
    [Fact]
    public void EveryMappedSingleCommodityCode_IsListedInItsCommoditysHsCodes()
    {
        // Given the default dataset. Before 2026-12-05 chromium's profile listed only chromite 2610.00 while the
        // trade mapping also carried ferro-chromium 7202.41/49 and chromium metal 8112.21/22 (and fourteen more codes
        // of other commodities).
        var data = DefaultData.Dataset;

        // Then every code of one commodity (a bundle belongs to none) appears in the commodity's list, as itself or
        // as its four-digit heading ("8105" covers 8105.20)
        var missing = data.HsCodes.Where(c => !c.IsBundle)
            .Where(c => data.Commodities.Find(c.Commodity) is not { } commodity
                || !commodity.HsCodes.Any(h => h == c.Dotted
                    || (h.Length == 4 && c.Hs6.StartsWith(h, StringComparison.Ordinal))))
            .Select(c => $"{c.Commodity} {c.Dotted}")
            .ToList();
        Assert.True(missing.Count == 0, "not in data/reference/commodities.csv: " + string.Join(", ", missing));
    }
}
