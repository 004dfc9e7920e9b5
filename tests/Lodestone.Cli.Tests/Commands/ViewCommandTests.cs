using System.Text.Json;

namespace Lodestone.Cli.Tests.Commands;

public class ViewCommandTests
{
    [Fact]
    public async Task Mineral_ByElementSymbol_ResolvesToGallium()
    {
        var result = await CliRunner.RunAsync("mineral", "Ga", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        Assert.Equal("gallium", doc.RootElement.GetProperty("name").GetString());
        var refining = doc.RootElement.GetProperty("stages").EnumerateArray().First(s => s.GetProperty("stage").GetString() == "refining");
        // USGS MCS 2025 primary gallium, 2024: China 750,000 kg of a 760,000 kg world total = 98.684 %.
        var china = refining.GetProperty("shares").EnumerateArray().First(s => s.GetProperty("country").GetString() == "CHN");
        Assert.Equal(750000.0 / 760000 * 100, china.GetProperty("share_pct").GetDouble(), 9);
        Assert.Equal(2024, refining.GetProperty("year").GetInt32());
        Assert.True(doc.RootElement.GetProperty("controls").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Mineral_Table_ShowsStagesReservesTradeAndSources()
    {
        var result = await CliRunner.RunAsync("mineral", "rare earths");

        Assert.Equal(0, result.ExitCode);
        foreach (var part in new[] { "mining:", "refining:", "Reserves", "U.S. net import reliance", "Export controls", "Agreements", "Projects", "Sources" })
        {
            Assert.Contains(part, result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Mineral_Antimony_PriceHistoryFromTheSalientFile()
    {
        // When
        var result = await CliRunner.RunAsync("mineral", "antimony", "--format", "json");

        // Then the antimony metal price of mcs2025-antim_salient.csv (2.67, 5.31, 6.18, 5.49, 9.5 $/lb for 2020-2024, 2024 an
        // estimate) is in the answer, and its source is listed
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        var series = doc.RootElement.GetProperty("prices").EnumerateArray().Single(p => p.GetProperty("column").GetString() == "Price_Metal_dlb");
        Assert.Equal("price", series.GetProperty("kind").GetString());
        Assert.Equal("dollars per pound", series.GetProperty("unit").GetString());
        Assert.Equal([2.67, 5.31, 6.18, 5.49, 9.5], series.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("value").GetDouble()));
        Assert.True(series.GetProperty("points")[4].GetProperty("estimate").GetBoolean());
        var sourceId = series.GetProperty("source_id").GetString();
        Assert.Contains(doc.RootElement.GetProperty("sources").EnumerateArray(), s => s.GetProperty("id").GetString() == sourceId);
    }

    [Fact]
    public async Task Mineral_GalliumTable_ShowsPricesAndStocks()
    {
        // When
        var result = await CliRunner.RunAsync("mineral", "gallium");

        // Then the table lists the two gallium prices and consumer stocks with the estimate year marked
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Prices and stocks", result.Out, StringComparison.Ordinal);
        Assert.Contains("high-purity", result.Out, StringComparison.Ordinal);
        Assert.Contains("stocks: consumer", result.Out, StringComparison.Ordinal);
        Assert.Contains("2024e", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mineral_TungstenJson_GovernmentStockpileShipmentsAndSecondaryProductionAsPublished()
    {
        // When
        var result = await CliRunner.RunAsync("mineral", "tungsten", "--format", "json");

        // Then mcs2025-tungs_salient.csv's stockpile shipments of concentrate (728, 1,030, 689 t, then NA) and its secondary production
        // (withheld every year: W, never zero) are series of the profile beside the WO3 price
        Assert.Equal(0, result.ExitCode);
        var prices = JsonDocument.Parse(result.Out).RootElement.GetProperty("prices").EnumerateArray().ToList();
        var shipments = prices.Single(p => p.GetProperty("column").GetString() == "Shipments_Concentrate_t");
        Assert.Equal("government stockpile shipments", shipments.GetProperty("kind").GetString());
        Assert.Equal([728.0, 1030, 689], shipments.GetProperty("points").EnumerateArray().Take(3).Select(p => p.GetProperty("value").GetDouble()));
        Assert.Equal("NA", shipments.GetProperty("points")[3].GetProperty("mark").GetString());
        var secondary = prices.Single(p => p.GetProperty("column").GetString() == "USprod_Secondary_t");
        Assert.Equal("secondary production", secondary.GetProperty("kind").GetString());
        Assert.All(secondary.GetProperty("points").EnumerateArray(), p => Assert.Equal("W", p.GetProperty("mark").GetString()));
    }

    [Fact]
    public async Task Mineral_Graphite_TableShowsItsUsTradeMeasures()
    {
        // Given us_trade_measures.csv: the preliminary antidumping duty on Chinese active anode material, 93.5 % (China-wide
        // entity 102.72 %), and two more rows on graphite.
        var result = await CliRunner.RunAsync("mineral", "graphite");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("U.S. trade measures", result.Out, StringComparison.Ordinal);
        Assert.Contains("93.5%", result.Out, StringComparison.Ordinal);
        Assert.Contains("preliminary", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Country_Kazakhstan_JsonCarriesJacksonVanikStatus()
    {
        // Given us_trade_measures.csv: JV-KAZ (subject), and the 2025 repeal call and bill naming KAZ.
        var result = await CliRunner.RunAsync("country", "KAZ", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        var measures = doc.RootElement.GetProperty("trade_measures").EnumerateArray().ToList();
        Assert.Equal(["JV-KAZ", "JV-REPEAL-BILL-2025", "JV-REPEAL-RUBIO-2025"], measures.Select(m => m.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal("subject", measures.Single(m => m.GetProperty("id").GetString() == "JV-KAZ").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Country_Kazakhstan_ListsItsOutputAgreementsAndGroups()
    {
        var result = await CliRunner.RunAsync("country", "KAZ", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        var root = doc.RootElement;
        Assert.True(root.GetProperty("landlocked").GetBoolean());
        Assert.Contains("C5", root.GetProperty("groups").EnumerateArray().Select(g => g.GetString()));
        // USGS MCS 2025: Kazakhstan titanium sponge 14,000 t of a 320,000 t world total in 2024 = 4.375 %.
        Assert.Contains(root.GetProperty("shares").EnumerateArray(),
            p => p.GetProperty("commodity").GetString() == "titanium" && p.GetProperty("stage").GetString() == "refining"
                 && Math.Abs(p.GetProperty("share_pct").GetDouble() - 14000.0 / 320000 * 100) < 1e-9);
        Assert.True(root.GetProperty("agreements").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Minerals_Json_ListsCommoditiesWithData()
    {
        var result = await CliRunner.RunAsync("minerals", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        // One page holds the whole list by default (page_size 200), as /api/minerals
        Assert.Equal(1, doc.RootElement.GetProperty("page").GetInt32());
        var names = doc.RootElement.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("name").GetString()).ToList();
        Assert.Equal(doc.RootElement.GetProperty("total").GetInt32(), names.Count);
        Assert.Contains("rare earths", names);
        Assert.Contains("tungsten", names);
        Assert.True(names.Count >= 20);
        // Uranium has only import sources (data/usgs_mcs_us_trade.csv, EIA deliveries by origin) and lithium-ion batteries one
        // published stage share (data/processing_shares.csv): both have data, so both are listed (issue 11).
        Assert.Contains("uranium", names);
        Assert.Contains("lithium-ion batteries", names);
    }

    [Fact]
    public async Task Minerals_Table_ShowsEachStagesLargestSupplier()
    {
        // USGS MCS 2025 data release, antimony mine production 2024: China 60,000 of 100,000 t (60 %)
        var result = await CliRunner.RunAsync("minerals", "--q", "antimony");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("mining: CHN 60 %", result.Out, StringComparison.Ordinal);
        Assert.Contains("1 of 1 commodities", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_Uranium_HasARowWithItsImportSources()
    {
        var result = await CliRunner.RunAsync("brief", "--format", "json");

        using var doc = JsonDocument.Parse(result.Out);
        var uranium = doc.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("commodity").GetString() == "uranium");
        Assert.Equal(JsonValueKind.Object, uranium.GetProperty("supplier_share_of_imports").ValueKind);
    }

    [Fact]
    public async Task Mineral_Boron_ShowsMiningAsMissingWithItsReason()
    {
        // MCS2025_World_Data.csv, Boron, "World total": production cells blank, note 'xx' (data/reference/stage_series.csv).
        var result = await CliRunner.RunAsync("mineral", "boron", "--format", "json");

        using var doc = JsonDocument.Parse(result.Out);
        var missing = Assert.Single(doc.RootElement.GetProperty("missing_stages").EnumerateArray());
        Assert.Equal("mining", missing.GetProperty("stage").GetString());
        Assert.StartsWith("USGS gives no world total for boron", missing.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(doc.RootElement.GetProperty("stages").EnumerateArray(), s => s.GetProperty("stage").GetString() == "mining");
    }
}
