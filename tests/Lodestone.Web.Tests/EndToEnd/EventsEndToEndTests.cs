using System.Text.RegularExpressions;
using Lodestone.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lodestone.Web.Tests.EndToEnd;

/// <summary>The event feed and one event's evidence in real headless Chromium, over the fixture articles' news store.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EventsEndToEndTests(BrowserFixture browser, DefaultServerFixture server)
{
    [Fact]
    public async Task Events_OpenAnEvent_SeesItsEvidenceMarkedInTheSentence()
    {
        // Given
        await using var s = await BrowserSession.OpenAsync(browser.Browser, server.Server.Address);
        await s.Page.GotoAsync("/events");
        await s.ScreenshotAsync("events");

        // When: open the U.S.–Japan pact from the feed
        await s.Page.GetByRole(AriaRole.Link, new() { Name = "Japan and the United States signed" }).ClickAsync();
        await s.ExpectUrlAsync(new Regex("/events/" + server.News.EventOf(FixtureArticles.JapanUrl) + "$"));
        await s.ScreenshotAsync("event-evidence");

        // Then: the sentence is shown in the article's words, with the parties and commodities marked inside it
        var evidence = s.Page.Locator("#evidence blockquote.evidence p").First;
        Assert.Equal(FixtureArticles.JapanSentence, await evidence.InnerTextAsync());
        var countries = await evidence.Locator("mark.f-country").AllInnerTextsAsync();
        Assert.Equal(["Japan", "United States"], countries);
        var commodities = await evidence.Locator("mark.f-commodity").AllInnerTextsAsync();
        Assert.Equal(["cobalt", "graphite", "lithium", "manganese", "nickel"], commodities);
        Assert.Equal(FixtureArticles.JapanTitle, await s.Page.Locator("#evidence h3").First.InnerTextAsync());
        // the article, the knowledge-base pages of its fields
        Assert.Equal(1, await s.Page.Locator($"a[href='{FixtureArticles.JapanUrl}']").CountAsync());
        Assert.Equal(1, await s.Page.Locator("#fields a[href='/countries/JPN']").CountAsync());
        Assert.Equal(1, await s.Page.Locator("#fields a[href='/minerals/cobalt']").CountAsync());
        Assert.Contains("USA-JPN-CMA", await s.Page.Locator("#fields").InnerTextAsync());
        Assert.Empty(s.Errors);
    }

    [Fact]
    public async Task Events_FilterByStatus_ShowsThePendingMemorandumAndItsProposal()
    {
        // Given
        await using var s = await BrowserSession.OpenAsync(browser.Browser, server.Server.Address);
        await s.Page.GotoAsync("/events");

        // When: choose status "pending" in the form and follow the only event
        await s.Page.SelectOptionAsync("#status", "pending");
        await s.Page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await s.ExpectUrlAsync(new Regex(@"/events\?.*status=pending"));
        var links = s.Page.Locator("ol.events li a");
        Assert.Equal(1, await links.CountAsync());
        await links.First.ClickAsync();
        await s.ExpectUrlAsync(new Regex("/events/" + server.News.EventOf(FixtureArticles.UkraineUrl) + "$"));
        await s.ScreenshotAsync("event-proposal");

        // Then
        Assert.Contains("pending", await s.Page.Locator("#proposals table").InnerTextAsync());
        Assert.Empty(s.Errors);
    }

    [Fact]
    public async Task Events_Keyboard_TabToAnEventAndOpenIt()
    {
        // Given
        await using var s = await BrowserSession.OpenAsync(browser.Browser, server.Server.Address);
        await s.Page.GotoAsync("/events");

        // When: skip link, then Tab through the filter form until the pact's link, and press Enter
        await s.Page.Keyboard.PressAsync("Tab");
        await s.Page.Keyboard.PressAsync("Enter");
        var found = false;
        for (var i = 0; i < 40 && !found; i++)
        {
            await s.Page.Keyboard.PressAsync("Tab");
            found = (await s.Page.EvaluateAsync<string>("document.activeElement.textContent")).StartsWith("Japan and the United States", StringComparison.Ordinal);
        }
        Assert.True(found, "the event link is not reachable by Tab");
        var target = "/events/" + server.News.EventOf(FixtureArticles.JapanUrl);
        Assert.Equal(target, await s.Page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
        await s.Page.Keyboard.PressAsync("Enter");

        // Then
        await s.ExpectUrlAsync(new Regex(Regex.Escape(target) + "$"));
        await s.Page.Locator("#evidence").WaitForAsync();
        Assert.Empty(s.Errors);
    }
}
