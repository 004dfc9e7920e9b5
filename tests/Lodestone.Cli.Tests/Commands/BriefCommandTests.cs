using System.Text.Json;

namespace Lodestone.Cli.Tests.Commands;

public class BriefCommandTests
{
    [Fact]
    public async Task Brief_Json_HasTheDocumentedShape()
    {
        // Given / When
        var result = await CliRunner.RunAsync("brief", "--format", "json");

        // Then: the shape documented in docs/brief.md (issue #2), shares as fractions
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Out);
        var root = doc.RootElement;
        Assert.Equal("USA", root.GetProperty("importer").GetString());
        Assert.Equal("CHN", root.GetProperty("supplier").GetString());
        Assert.True(root.TryGetProperty("year", out _));
        var rare = root.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("commodity").GetString() == "rare earths");
        var mining = rare.GetProperty("stages").GetProperty("mining");
        Assert.Equal(270000.0 / 390000.0, mining.GetProperty("supplier_share").GetDouble(), 12);
        Assert.True(mining.GetProperty("hhi").GetDouble() > 0);
        var top = mining.GetProperty("top")[0];
        Assert.Equal("CHN", top.GetProperty("country").GetString());
        Assert.True(top.GetProperty("share").GetDouble() is > 0 and <= 1);
        Assert.True(mining.GetProperty("source_ids").GetArrayLength() > 0);
        Assert.True(mining.TryGetProperty("traced_share_low", out _) && mining.TryGetProperty("traced_share_high", out _));
        foreach (var key in new[] { "refining", "components" })
        {
            Assert.True(rare.GetProperty("stages").TryGetProperty(key, out _), key);
        }
        foreach (var key in new[] { "net_import_reliance", "supplier_share_of_imports", "partner_share_of_mining", "partner_share_of_reserves",
                     "c5_share_of_mining", "c5_share_of_reserves", "export_controls", "flag" })
        {
            Assert.True(rare.TryGetProperty(key, out _), key);
        }
        var source = root.GetProperty("sources")[0];
        foreach (var key in new[] { "id", "title", "url", "published" })
        {
            Assert.True(source.TryGetProperty(key, out _), key);
        }
    }

    [Fact]
    public async Task Brief_Json_MissingStageIsNullNotZero()
    {
        var result = await CliRunner.RunAsync("brief", "--format", "json");

        using var doc = JsonDocument.Parse(result.Out);
        var gallium = doc.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("commodity").GetString() == "gallium");
        Assert.Equal(JsonValueKind.Null, gallium.GetProperty("stages").GetProperty("mining").ValueKind);
    }

    [Theory]
    // Net import reliance the USGS MCS 2025 data release publishes for 2024 (data/usgs/salient/mcs2025-<file>_salient.csv,
    // read by hand) and the curated extract lacks: each showed "—" before the release's NIR was seeded.
    [InlineData("aluminum", "47", "exact", "alumi")]
    [InlineData("arsenic", "100", "exact", "arsen")]
    [InlineData("beryllium", "E", "net_exporter", "beryl")]
    [InlineData("chromium", "77", "exact", "chrom")]
    [InlineData("niobium", "100", "exact", "niobi")]
    [InlineData("tantalum", "100", "exact", "tanta")]
    [InlineData("zirconium", "<25", "less_than", "zirco")]
    public async Task Brief_ReleaseNir_ShownWithItsSalientSource(string commodity, string display, string kind, string file)
    {
        // When
        var result = await CliRunner.RunAsync("brief", "--format", "json");

        // Then
        using var doc = JsonDocument.Parse(result.Out);
        var nir = doc.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("commodity").GetString() == commodity)
            .GetProperty("net_import_reliance");
        Assert.Equal(display, nir.GetProperty("display").GetString());
        Assert.Equal(kind, nir.GetProperty("kind").GetString());
        Assert.Equal(2024, nir.GetProperty("year").GetInt32());
        var sourceId = nir.GetProperty("source_ids")[0].GetString();
        var source = doc.RootElement.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("id").GetString() == sourceId);
        Assert.Contains($"mcs2025-{file}_salient.csv", source.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("https://doi.org/10.5066/P13XCP3R", source.GetProperty("url").GetString());
    }

    [Theory]
    // USGS MCS 2025 data release (data/usgs/MCS2025_World_Data.csv, PROD_EST_ 2024): China is not in the country list, so its
    // share is at most "Other countries" over the world total: chromite 2,900 of 47,000 kt; niobium 120 of 110,000 t.
    [InlineData("chromium", 2900.0 / 47000, "elevated: import reliance 77 %, CHN not listed at mining: at most 6 % (bound)")]
    [InlineData("niobium", 120.0 / 110000, "elevated: import reliance 100 %, CHN not listed at mining: at most 0.1 % (bound)")]
    public async Task Brief_SupplierNotListed_BoundedByOtherCountriesAndFlagged(string commodity, double upper, string flag)
    {
        // When
        var result = await CliRunner.RunAsync("brief", "--format", "json");

        // Then: no value, a bound, and a flag resting on it instead of "insufficient data"
        using var doc = JsonDocument.Parse(result.Out);
        var row = doc.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("commodity").GetString() == commodity);
        var mining = row.GetProperty("stages").GetProperty("mining");
        Assert.Equal(JsonValueKind.Null, mining.GetProperty("supplier_share").ValueKind);
        Assert.Equal(upper, mining.GetProperty("supplier_share_upper").GetDouble(), 12);
        Assert.Equal(flag, row.GetProperty("flag").GetString());
    }

    [Fact]
    public async Task Brief_SupplierNotAmongImportSources_BoundedBySmallestListedSource()
    {
        // Given: usgs_mcs_us_trade.csv, cobalt 2021-24 "Metal, oxide, and salts" (USGS MCS 2026 cobalt chapter): Norway 26,
        // Finland 16, Canada 14, Japan 14, other 30; China is not listed, so it supplied at most 14 %
        var result = await CliRunner.RunAsync("brief", "--format", "json");

        // Then
        using var doc = JsonDocument.Parse(result.Out);
        var imports = doc.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("commodity").GetString() == "cobalt")
            .GetProperty("supplier_share_of_imports");
        Assert.Equal(JsonValueKind.Null, imports.GetProperty("share").ValueKind);
        Assert.Equal(0.14, imports.GetProperty("share_upper").GetDouble(), 12);
        Assert.Equal("2021-24", imports.GetProperty("period").GetString());
    }

    [Fact]
    public async Task Brief_Table_ShowsBoundsAsBounds()
    {
        var result = await CliRunner.RunAsync("brief");

        var chromium = result.Out.Split('\n').Single(l => l.TrimStart().StartsWith("chromium ", StringComparison.Ordinal));
        var niobium = result.Out.Split('\n').Single(l => l.TrimStart().StartsWith("niobium ", StringComparison.Ordinal));
        Assert.Contains("≤6%", chromium, StringComparison.Ordinal);
        Assert.Contains("≤0.1%", niobium, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_Table_SmallImportShareReadsAsSmallNotZero()
    {
        // BACI 2024 HS 2528.00 (data/trade/baci_hs17_v202601_2024_critical.csv): the U.S. imported 53,557.992 t of natural borates,
        // 0.681 t of them from China (USGS gives no boron import sources, so the brief shows BACI's share): 0.0013 %, not 0
        var table = await CliRunner.RunAsync("brief");
        var json = await CliRunner.RunAsync("brief", "--format", "json");

        var boron = table.Out.Split('\n').Single(l => l.TrimStart().StartsWith("boron ", StringComparison.Ordinal));
        Assert.Contains("<0.5%", boron, StringComparison.Ordinal);
        Assert.DoesNotContain(" 0% ", boron, StringComparison.Ordinal);
        using var doc = System.Text.Json.JsonDocument.Parse(json.Out);
        var row = doc.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("commodity").GetString() == "boron");
        Assert.Equal(0.681 / 53_557.992, row.GetProperty("supplier_share_of_imports").GetProperty("share").GetDouble(), 12);
    }

    [Fact]
    public async Task Brief_Table_FitsOneHundredColumnsAndFootnotesSources()
    {
        var result = await CliRunner.RunAsync("brief");

        Assert.Equal(0, result.ExitCode);
        Assert.All(result.Out.Split('\n'), line => Assert.True(line.TrimEnd('\r').Length <= 100, line));
        Assert.Contains("rare earths", result.Out, StringComparison.Ordinal);
        Assert.Contains("Sources", result.Out, StringComparison.Ordinal);
        Assert.Contains("doi.org/10.5066/P13XCP3R", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_Table_ListsEachCommoditysSourcesAsWholeNumbers()
    {
        // Given the brief at 100 columns: sources go on each commodity's line below the table (antimony cites nine)
        var result = await CliRunner.RunAsync("brief");

        // Then each line's references are whole numbers separated by ", " (before, a wrapped column read "1,8,1" / "5,16,"
        // as sources 1, 8, 1 and 5 instead of 1, 8, 15, 16)
        var antimony = result.Out.Split('\n').Single(l => l.StartsWith("antimony:", StringComparison.Ordinal));
        Assert.Matches(@"\[sources \d+(, \d+)+\]", antimony);
    }

    [Fact]
    public async Task Brief_Table_ShowsTheTracedShareUnderEachStage()
    {
        // Given antimony refining for USA/CHN, data year 2024: NIR 85 % (mcs2025-antim_salient.csv, 2024), China 55 % of U.S.
        // imports 2021–24 (MCS 2026), no partner's feed traced. Imports are at least 85 % of supply, so the proven share is
        // 0.85 × 0.55 = 46.75 % and the rest cannot be ruled out: 47–100 %, the figure `exposure` shows.
        var result = await CliRunner.RunAsync("brief");

        // Then the refining cell's second line reads "↳47–100%" (mining: China 60 % of world output, supply untraced: 0–100 %)
        var lines = result.Out.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var row = lines.FindIndex(l => l.TrimStart().StartsWith("antimony ", StringComparison.Ordinal));
        Assert.Matches(@"↳0–100%\s+↳47–100%", lines[row + 1]);
        Assert.Contains("↳ = the supplier's traced share", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv", "importer,supplier,commodity,stage")]
    [InlineData("markdown", "| Commodity | Mining |")]
    public async Task Brief_OtherFormats_StartWithTheirHeader(string format, string header)
    {
        var result = await CliRunner.RunAsync("brief", "--format", format);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(header, result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "brief", "--importer", "XXX" }, 4, "--importer: unknown country 'XXX'")] // unknown ISO code: not found, as in every view
    [InlineData(new[] { "brief", "--format", "yaml" }, 2, "yaml")]                             // unsupported format
    [InlineData(new[] { "brief", "--year", "20" }, 2, "--year")]                               // not a year
    [InlineData(new[] { "mineral", "unobtainium" }, 4, "unknown commodity 'unobtainium'")]     // unknown commodity
    [InlineData(new[] { "country", "ZZZ" }, 4, "unknown country 'ZZZ'")]                       // unknown country
    [InlineData(new[] { "nonsense" }, 2, "nonsense")]                                          // unknown command
    public async Task BadArguments_ExitNonZeroWithOneLineReason(string[] args, int exitCode, string reason)
    {
        var result = await CliRunner.RunAsync(args);

        Assert.Equal(exitCode, result.ExitCode);
        var lines = result.Error.Trim().Split('\n');
        Assert.Single(lines);
        Assert.Contains(reason, lines[0], StringComparison.Ordinal);
    }
}
