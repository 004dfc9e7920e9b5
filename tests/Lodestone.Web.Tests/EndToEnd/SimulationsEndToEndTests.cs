using System.Text.RegularExpressions;
using Lodestone.Testing;
using Lodestone.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lodestone.Web.Tests.EndToEnd;

/// <summary>The scenario runner in real headless Chromium: submit a small run, follow it, see the fan charts.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SimulationsEndToEndTests(BrowserFixture browser, DefaultServerFixture server)
{
    [Fact]
    public async Task Runner_SubmitSmallRun_ShowsFanChartsWithBands()
    {
        // Given
        await using var s = await BrowserSession.OpenAsync(browser.Browser, server.Server.Address);
        await s.Page.GotoAsync("/simulations");
        var markets = Regex.Matches(await File.ReadAllTextAsync(RepoPaths.Combine("scenarios", "baseline.yaml")), @"^  - commodity:", RegexOptions.Multiline).Count;

        // When: choose the baseline, 200 runs, seed 11, and press Run
        await s.Page.SelectOptionAsync("#scenario", "baseline");
        await s.Page.FillAsync("#runs", "200");
        await s.Page.FillAsync("#seed", "11");
        await s.Page.GetByRole(AriaRole.Button, new() { Name = "Run" }).ClickAsync();
        await s.ExpectUrlAsync(new Regex("/simulations/[0-9a-f]{16}$"));
        await s.Page.WaitForSelectorAsync("svg.fanchart", new() { Timeout = 60_000 });
        await s.ScreenshotAsync("simulation-baseline");
        await s.ScreenshotAsync("simulation-baseline-charts", s.Page.Locator(".charts").First);

        // Then: one chart per market of scenarios/baseline.yaml, each with its P5–P95 band and median line
        Assert.Equal(markets, await s.Page.Locator("svg.fanchart").CountAsync());
        Assert.Equal(markets, await s.Page.Locator("svg.fanchart path.band").CountAsync());
        Assert.Equal(markets, await s.Page.Locator("svg.fanchart path.median").CountAsync());
        Assert.StartsWith("M", await s.Page.Locator("svg.fanchart path.band").First.GetAttributeAsync("d"));
        Assert.Contains("done", await s.Page.Locator("#job-status").InnerTextAsync());
        Assert.Empty(s.Errors);
    }

    [Fact]
    public async Task Runner_Keyboard_ReachesEveryFieldAndRuns()
    {
        // Given
        await using var s = await BrowserSession.OpenAsync(browser.Browser, server.Server.Address);
        await s.Page.GotoAsync("/simulations");

        // When: Tab until the runs field, type, Tab to seed and Run, press Enter
        var found = false;
        for (var i = 0; i < 40 && !found; i++)
        {
            await s.Page.Keyboard.PressAsync("Tab");
            found = await s.Page.EvaluateAsync<string>("document.activeElement.id") == "runs";
        }
        Assert.True(found, "the runs field is not reachable by Tab");
        await s.Page.Keyboard.PressAsync("Control+A");
        await s.Page.Keyboard.TypeAsync("30");
        await s.Page.Keyboard.PressAsync("Tab");
        Assert.Equal("seed", await s.Page.EvaluateAsync<string>("document.activeElement.id"));
        await s.Page.Keyboard.PressAsync("Tab");
        Assert.Equal("Run", await s.Page.EvaluateAsync<string>("document.activeElement.textContent"));
        await s.Page.Keyboard.PressAsync("Enter");

        // Then
        await s.Page.WaitForSelectorAsync("svg.fanchart", new() { Timeout = 60_000 });
        Assert.Empty(s.Errors);
    }
}
