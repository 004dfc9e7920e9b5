using System.Text.Json.Nodes;

namespace Lodestone.Cli.Tests.Queries;

/// <summary>Every question asked through the CLI's JSON and through the API gives the identical document (issue 11): both front
/// ends only render what the query layer answers.</summary>
public sealed class QuestionIdentityTests(ApiServer api) : IClassFixture<ApiServer>
{
    /// <summary>Ten minerals, written as a user would: canonical names, an element symbol and an alias resolve the same way in both.</summary>
    public static readonly string[] Minerals =
        ["rare earths", "Ga", "germanium", "natural graphite", "cobalt", "lithium", "copper", "antimony", "tungsten", "titanium"];

    /// <summary>Ten countries, as ISO3, ISO2 and English names.</summary>
    public static readonly string[] Countries =
        ["United States", "DEU", "JP", "KOR", "India", "GBR", "FR", "Australia", "CAN", "Kazakhstan"];

    public static TheoryData<string, string[], string> Cases()
    {
        var data = new TheoryData<string, string[], string>();
        foreach (var m in Minerals)
        {
            data.Add("mineral profile", ["mineral", m, "--format", "json"], "/api/minerals/" + Q(m));
            data.Add("exposure of USA to CHN", ["exposure", "--commodity", m, "--format", "json"], "/api/exposure?commodity=" + Q(m));
            data.Add("risk", ["risk", "--commodity", m, "--format", "json"], "/api/risk?commodity=" + Q(m));
        }
        foreach (var c in Countries)
        {
            data.Add("country profile", ["country", c, "--format", "json"], "/api/countries/" + Q(c));
            data.Add("brief", ["brief", "--importer", c, "--format", "json"], "/api/brief?importer=" + Q(c));
            data.Add("exposure of the country to CHN", ["exposure", "--importer", c, "--commodity", "rare earths", "--format", "json"],
                "/api/exposure?commodity=rare%20earths&importer=" + Q(c));
            data.Add("risk (GeoPolRisk importer)", ["risk", "--importer", c, "--method", "geopolrisk", "--commodity", "gallium", "--format", "json"],
                "/api/risk?method=geopolrisk&commodity=gallium&importer=" + Q(c));
        }
        // GeoPolRisk as a bound over the import share of supply (exposure's split): a mass balance (Japan), the NIR
        // (the United States)
        data.Add("risk bounded by a mass balance",
            ["risk", "--importer", "JPN", "--method", "geopolrisk", "--commodity", "cobalt", "--format", "json"],
            "/api/risk?method=geopolrisk&commodity=cobalt&importer=JPN");
        data.Add("risk bounded by the NIR",
            ["risk", "--method", "geopolrisk", "--commodity", "lithium", "--format", "json"],
            "/api/risk?method=geopolrisk&commodity=lithium");
        data.Add("brief judged on a date", ["brief", "--supplier", "China", "--as-of", "2025-06-01", "--format", "json"], "/api/brief?supplier=China&as_of=2025-06-01");
        data.Add("mineral judged on a date", ["mineral", "gallium", "--as-of", "2025-12-01", "--format", "json"], "/api/minerals/gallium?as_of=2025-12-01");
        data.Add("brief of a past vintage", ["brief", "--year", "2023", "--format", "json"], "/api/brief?year=2023");
        data.Add("mineral of the MCS 2026 vintage", ["mineral", "antimony", "--year", "2025", "--format", "json"], "/api/minerals/antimony?year=2025");
        data.Add("exposure of a vintage judged on a date", ["exposure", "--commodity", "gallium", "--year", "2023", "--as-of", "2026-12-01", "--format", "json"],
            "/api/exposure?commodity=gallium&year=2023&as_of=2026-12-01");
        data.Add("risk of a vintage judged on a date", ["risk", "--commodity", "germanium", "--year", "2023", "--as-of", "2026-12-01", "--format", "json"],
            "/api/risk?commodity=germanium&year=2023&as_of=2026-12-01");
        data.Add("country judged on a date", ["country", "CN", "--as-of", "2025-12-01", "--format", "json"], "/api/countries/CN?as_of=2025-12-01");
        data.Add("country of a past vintage", ["country", "China", "--year", "2023", "--format", "json"], "/api/countries/China?year=2023");
        data.Add("trade: the world", ["trade", "--commodity", "gallium", "--format", "json"], "/api/trade?commodity=gallium");
        data.Add("trade: an importer's suppliers", ["trade", "--commodity", "cobalt", "--importer", "USA", "--format", "json"], "/api/trade?commodity=cobalt&importer=USA");
        data.Add("trade: one flow in a year", ["trade", "--commodity", "rare earths", "--importer", "JP", "--exporter", "China", "--year", "2024", "--format", "json"],
            "/api/trade?commodity=rare%20earths&importer=JP&exporter=China&year=2024");
        data.Add("trade: no code in the data", ["trade", "--commodity", "chromium", "--format", "json"], "/api/trade?commodity=chromium");
        data.Add("claims at the defaults (runs, seed)", ["claims", "evaluate", "--format", "json"], "/api/claims");
        data.Add("one claim, runs and seed given", ["claims", "evaluate", "--claim", "trump-2025-11-06-reliance-18m", "--runs", "150", "--seed", "7", "--format", "json"],
            "/api/claims?claim=trump-2025-11-06-reliance-18m&runs=150&seed=7");
        data.Add("one claim with its sensitivity", ["claims", "evaluate", "--claim", "trump-2025-11-06-reliance-18m", "--runs", "100", "--sensitivity", "--format", "json"],
            "/api/claims?claim=trump-2025-11-06-reliance-18m&runs=100&sensitivity=true");
        data.Add("claims of another data year", ["claims", "evaluate", "--runs", "100", "--year", "2025", "--format", "json"], "/api/claims?runs=100&year=2025");
        data.Add("backtest, one episode, runs and seed given", ["backtest", "--episode", "antimony-2024-09", "--runs", "100", "--seed", "3", "--format", "json"],
            "/api/backtest?episode=antimony-2024-09&runs=100&seed=3");
        data.Add("the commodity list", ["minerals", "--format", "json"], "/api/minerals");
        data.Add("the commodity list, every commodity, filtered, of a vintage", ["minerals", "--all", "--q", "um", "--stage", "mining", "--leader", "China", "--year", "2023", "--format", "json"],
            "/api/minerals?all=true&q=um&stage=mining&leader=China&year=2023");
        data.Add("the commodity list, paged", ["minerals", "--page", "2", "--page-size", "7", "--format", "json"], "/api/minerals?page=2&page_size=7");
        data.Add("sources", ["sources", "--format", "json"], "/api/sources");
        data.Add("sources filtered and paged", ["sources", "--q", "USGS", "--page", "2", "--page-size", "5", "--format", "json"], "/api/sources?q=USGS&page=2&page_size=5");
        data.Add("one source", ["sources", "msp", "--format", "json"], "/api/sources/msp");
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Question_CliJsonAndApi_IdenticalDocuments(string question, string[] cli, string url)
    {
        // Given / When: the same question through both front ends, on the same dataset and clock
        var run = await CliRunner.RunAsync(cli);
        var response = await api.Client.GetAsync(url);

        // Then
        Assert.True(run.ExitCode == 0, question + ": " + run.Error);
        Assert.True(response.IsSuccessStatusCode, question + ": " + await response.Content.ReadAsStringAsync());
        var fromCli = JsonNode.Parse(run.Out);
        var fromApi = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(JsonNode.DeepEquals(fromCli, fromApi), $"{question}: `lodestone {string.Join(' ', cli)}` and GET {url} differ");
    }

    [Theory]
    // The same wrong value through both front ends: one wording, one code (exit 4 ⇔ 404, exit 2 ⇔ 400).
    [InlineData(new[] { "brief", "--importer", "Atlantis" }, "/api/brief?importer=Atlantis", 4, 404, "unknown country 'Atlantis'")]
    [InlineData(new[] { "exposure", "--supplier", "XX" }, "/api/exposure?supplier=XX", 4, 404, "unknown country 'XX'")]
    [InlineData(new[] { "risk", "--commodity", "unobtainium" }, "/api/risk?commodity=unobtainium", 4, 404, "unknown commodity 'unobtainium'")]
    [InlineData(new[] { "brief", "--as-of", "23/11/2026" }, "/api/brief?as_of=23/11/2026", 2, 400, "expected a date written YYYY-MM-DD")]
    [InlineData(new[] { "claims", "evaluate", "--runs", "99" }, "/api/claims?runs=99", 2, 400, "expected a number between 100 and 20000, got 99")]
    [InlineData(new[] { "claims", "evaluate", "--claim", "nope" }, "/api/claims?claim=nope", 4, 404, "no tracked claim 'nope'")]
    [InlineData(new[] { "backtest", "--episode", "tin-2099" }, "/api/backtest?episode=tin-2099", 4, 404, "no backtest episode 'tin-2099'")]
    [InlineData(new[] { "backtest", "--runs", "20001" }, "/api/backtest?runs=20001", 2, 400, "expected a number between 100 and 20000, got 20001")]
    [InlineData(new[] { "sources", "NO-SUCH-SOURCE" }, "/api/sources/NO-SUCH-SOURCE", 4, 404, "no source with id 'NO-SUCH-SOURCE'")]
    public async Task Question_BadValue_SameErrorInBoth(string[] cli, string url, int exit, int status, string message)
    {
        // When
        var run = await CliRunner.RunAsync(cli);
        var response = await api.Client.GetAsync(url);

        // Then
        Assert.Equal(exit, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Equal(status, (int)response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains(message, problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static string Q(string text) => Uri.EscapeDataString(text);
}
