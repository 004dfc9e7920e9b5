using System.Text.Json;
using Lodestone.Testing;

namespace Lodestone.Cli.Tests.Commands.Watch;

public sealed class WatchCommandTests
{
    [Fact]
    public async Task Once_FolderTwiceWithinTheInterval_IngestsItsArticlesOnceThenFindsTheFolderNotDue()
    {
        // Given a folder of two articles and an empty database
        using var dir = new TempDirectory();
        var news = Directory.CreateDirectory(dir.File("news")).FullName;
        File.WriteAllText(Path.Combine(news, "a.txt"), "Title: Gallium curbs\nPublished: 2024-02-09\n\nChina imposed export controls on gallium on Tuesday.\n");
        File.WriteAllText(Path.Combine(news, "b.txt"), "Title: Cobalt mine\nPublished: 2024-02-10\n\nA Congolese cobalt producer said on Saturday it would expand its mine.\n");
        var db = dir.File("lodestone.db");

        // When `watch FOLDER --once` runs twice at the same moment (the CLI's fixed clock), then once more with a new file
        var first = await CliRunner.RunAsync("watch", news, "--once", "--db", db, "--format", "json");
        File.WriteAllText(Path.Combine(news, "c.txt"), "Title: Nickel smelter\nPublished: 2024-02-11\n\nIndonesia opened a nickel smelter on Sunday.\n");
        var second = await CliRunner.RunAsync("watch", news, "--once", "--db", db, "--format", "json");

        // Then the first stores both articles; the second polls nothing (the folder was polled less than an interval ago), so the
        // new file waits for the next interval
        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        using var one = JsonDocument.Parse(first.Out);
        using var two = JsonDocument.Parse(second.Out);
        Assert.Equal((1, 2), (one.RootElement.GetProperty("polled").GetArrayLength(), one.RootElement.GetProperty("articles_added").GetInt32()));
        Assert.Equal((0, 0), (two.RootElement.GetProperty("polled").GetArrayLength(), two.RootElement.GetProperty("articles_added").GetInt32()));
    }

    [Fact]
    public async Task Watch_WebhookNotHttp_IsRefusedBeforeAnythingRuns()
    {
        var run = await CliRunner.RunAsync("watch", "/tmp", "--webhook", "ftp://example.org/hook", "--once");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--webhook", run.Error, StringComparison.Ordinal);
    }
}
