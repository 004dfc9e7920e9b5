using System.Text.Json;
using Lodestone.Cli.Infrastructure;
using Lodestone.Testing;
using Spectre.Console;

namespace Lodestone.Cli.Tests.Commands;

public sealed class NewsCommandTests
{
    private static (CliContext Context, StringWriter Out, StringWriter Error) Context()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext
        {
            Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(new StringWriter()) }),
            Out = output,
            Error = error,
            Clock = TimeProvider.System,
            OpenDataset = (_, _) => Task.FromResult(DefaultData.Dataset),
        };
        return (context, output, error);
    }

    [Fact]
    public async Task Extract_Seeds_PrintsIssueJsonShape()
    {
        // Given the CLI and the two seeds
        var (context, output, _) = Context();
        var seeds = new[] { "seed_000.txt", "seed_003.txt" }.Select(f => Path.Combine(AppContext.BaseDirectory, "NewsSeeds", f));

        // When `news extract ... --published 2025-11-07 --format json` runs
        var code = await LodestoneApp.RunAsync(["news", "extract", .. seeds, "--published", "2025-11-07", "--format", "json"], context);

        // Then it prints one object per input with the fields of issue #4
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output.ToString());
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
        var (context, output, _) = Context();

        // When `news evaluate DIR --format json` runs
        var code = await LodestoneApp.RunAsync(["news", "evaluate", dir.Path, "--format", "json"], context);

        // Then countries are 1 of 2 (recall 0.5), commodities and dates exact, tariff missed (gold tariff → none)
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output.ToString());
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
        var (context, _, error) = Context();
        var code = await LodestoneApp.RunAsync(["news", "evaluate", "/no/such/folder"], context);
        Assert.Equal(2, code);
        Assert.Contains("not a folder", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_BadDate_ExitsWithBadArguments()
    {
        var (context, _, error) = Context();
        var code = await LodestoneApp.RunAsync(["news", "extract", "x.txt", "--published", "7/11/2025"], context);
        Assert.Equal(2, code);
        Assert.Contains("--published", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestEventsClaims_Seeds_RoundTripThroughTheStore()
    {
        // Given a fresh database file
        using var dir = new TempDirectory();
        var db = dir.File("lodestone.db");
        var seeds = new[] { "seed_000.txt", "seed_003.txt" }.Select(f => Path.Combine(AppContext.BaseDirectory, "NewsSeeds", f)).ToArray();

        // When both seeds are ingested and events are listed
        var (ingest, _, _) = Context();
        Assert.Equal(0, await LodestoneApp.RunAsync(["news", "ingest", .. seeds, "--published", "2025-11-07", "--db", db], ingest));
        var (list, output, _) = Context();
        Assert.Equal(0, await LodestoneApp.RunAsync(["events", "--commodity", "rare earths", "--format", "json", "--db", db], list));

        // Then the one summit about rare earths has two sources
        using var json = JsonDocument.Parse(output.ToString());
        var summit = json.RootElement.EnumerateArray().Single(e => e.GetProperty("type").GetString() == "summit");
        Assert.Equal(2, summit.GetProperty("sources").GetArrayLength());
        var (claims, claimsOut, _) = Context();
        Assert.Equal(0, await LodestoneApp.RunAsync(["claims", "--format", "json", "--db", db], claims));
        Assert.Contains("2027-05", claimsOut.ToString(), StringComparison.Ordinal);
    }
}
