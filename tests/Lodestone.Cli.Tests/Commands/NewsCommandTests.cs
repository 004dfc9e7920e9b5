using System.Text.Json;
using Lodestone.Testing;

namespace Lodestone.Cli.Tests.Commands;

public sealed class NewsCommandTests
{
    [Fact]
    public async Task Extract_Seeds_PrintsIssueJsonShape()
    {
        // Given the CLI and the two seeds
        var seeds = new[] { "seed_000.txt", "seed_003.txt" }.Select(f => Path.Combine(AppContext.BaseDirectory, "NewsSeeds", f));

        // When `news extract ... --published 2025-11-07 --format json` runs
        var run = await CliRunner.RunAsync(["news", "extract", .. seeds, "--published", "2025-11-07", "--format", "json"]);

        // Then it prints one object per input with the fields of issue #4
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(2, json.RootElement.GetArrayLength());
        foreach (var article in json.RootElement.EnumerateArray())
        {
            foreach (var field in new[] { "file", "title", "published", "events", "claims" })
            {
                Assert.True(article.TryGetProperty(field, out _), field);
            }
            var summit = article.GetProperty("events").EnumerateArray().First(e => e.GetProperty("type").GetString() == "summit");
            foreach (var field in new[] { "date", "countries", "commodities", "organizations", "amount", "amount_usd", "summary", "evidence" })
            {
                Assert.True(summit.TryGetProperty(field, out _), field);
            }
        }
        // Seed 000 states no date: its summit takes 2025-11-06 from seed 003 and says so
        var undated = json.RootElement[0].GetProperty("events").EnumerateArray().First(e => e.GetProperty("type").GetString() == "summit");
        Assert.Equal("2025-11-06", undated.GetProperty("date").GetString());
        Assert.EndsWith("seed_003.txt", undated.GetProperty("date_source").GetString(), StringComparison.Ordinal);
        var claim = json.RootElement[1].GetProperty("claims")[0];
        Assert.Equal(18, claim.GetProperty("horizon_months").GetInt32());
        Assert.Equal("2027-05", claim.GetProperty("due_date").GetString());
    }

    [Fact]
    public async Task Evaluate_ConstructedFolder_PrintsFieldScoresAndConfusion()
    {
        // Given one article whose labels claim a second country (USA) and a second event type (tariff) it does not report
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("a.txt"), "Title: Gallium curbs\nPublished: 2024-02-09\n\nChina imposed export controls on gallium on Tuesday.\n");
        File.WriteAllText(dir.File("gold.jsonl"),
            """{"file":"a.txt","published":"2024-02-09","countries":["CHN","USA"],"commodities":["gallium"],"event_types":["export_control","tariff"],"dates":["export_control:2024-02-06"],"quantities":[]}""" + "\n");

        // When `news evaluate DIR --format json` runs
        var run = await CliRunner.RunAsync("news", "evaluate", dir.Path, "--format", "json");

        // Then countries are 1 of 2 (recall 0.5), commodities and dates exact, tariff missed (gold tariff → none)
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var fields = json.RootElement.GetProperty("fields");
        Assert.Equal(0.5, fields.GetProperty("countries").GetProperty("recall").GetDouble());
        Assert.Equal(1.0, fields.GetProperty("countries").GetProperty("precision").GetDouble());
        Assert.Equal(1, fields.GetProperty("commodities").GetProperty("tp").GetInt32());
        Assert.Equal(1, fields.GetProperty("dates").GetProperty("tp").GetInt32());
        Assert.Equal(1, fields.GetProperty("event_types").GetProperty("fn").GetInt32());
        var cells = json.RootElement.GetProperty("confusion").EnumerateArray()
            .Select(c => (c.GetProperty("gold").GetString(), c.GetProperty("predicted").GetString(), c.GetProperty("count").GetInt32())).ToList();
        Assert.Contains(("tariff", "(none)", 1), cells);
        Assert.Contains(("export_control", "export_control", 1), cells);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("differences").ValueKind);
    }

    [Fact]
    public async Task Evaluate_NotAFolder_ExitsWithBadArguments()
    {
        var run = await CliRunner.RunAsync("news", "evaluate", "/no/such/folder");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not a folder", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_BadDate_ExitsWithBadArguments()
    {
        var run = await CliRunner.RunAsync("news", "extract", "x.txt", "--published", "7/11/2025");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--published", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestEventsClaims_Seeds_RoundTripThroughTheStore()
    {
        // Given a fresh database file
        using var dir = new TempDirectory();
        var db = dir.File("lodestone.db");
        var seeds = new[] { "seed_000.txt", "seed_003.txt" }.Select(f => Path.Combine(AppContext.BaseDirectory, "NewsSeeds", f)).ToArray();

        // When both seeds are ingested and events are listed
        Assert.Equal(0, (await CliRunner.RunAsync(["news", "ingest", .. seeds, "--published", "2025-11-07", "--db", db])).ExitCode);
        var list = await CliRunner.RunAsync("events", "--commodity", "rare earths", "--format", "json", "--db", db);
        Assert.Equal(0, list.ExitCode);

        // Then the one summit about rare earths has two sources
        using var json = JsonDocument.Parse(list.Out);
        var summit = json.RootElement.EnumerateArray().Single(e => e.GetProperty("type").GetString() == "summit");
        Assert.Equal(2, summit.GetProperty("sources").GetArrayLength());
        var claims = await CliRunner.RunAsync("claims", "--format", "json", "--db", db);
        Assert.Equal(0, claims.ExitCode);
        Assert.Contains("2027-05", claims.Out, StringComparison.Ordinal);
    }
}
