using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Lodestone.Web.Tests.EndToEnd;

/// <summary>One browser context and page that records console errors, failed requests and dialogs, for asserting "nothing went wrong".</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private BrowserSession(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                Errors.Add("console: " + m.Text);
            }
        };
        page.PageError += (_, e) => Errors.Add("page error: " + e);
        page.RequestFailed += (_, r) => Errors.Add("request failed: " + r.Url);
        page.Dialog += async (_, d) =>
        {
            Errors.Add("dialog: " + d.Message);
            await d.DismissAsync();
        };
    }

    public IPage Page { get; }

    public List<string> Errors { get; } = [];

    public static async Task<BrowserSession> OpenAsync(IBrowser browser, Uri baseUrl, int width = 1280, int height = 900)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        return new BrowserSession(context, await context.NewPageAsync());
    }

    /// <summary>True when screenshots are asked for (<c>LODESTONE_SCREENSHOTS=1</c>): no assertion reads them, and a full-page PNG of
    /// a long page costs seconds, so a plain run takes none.</summary>
    public static bool TakeScreenshots { get; } = Environment.GetEnvironmentVariable("LODESTONE_SCREENSHOTS") == "1";

    /// <summary>Saves the whole page as artifacts/screenshots/<paramref name="name"/>.png, for people to look at, when asked.</summary>
    public Task ScreenshotAsync(string name) => !TakeScreenshots ? Task.CompletedTask
        : Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, name + ".png"), FullPage = true });

    /// <summary>Saves one element as artifacts/screenshots/<paramref name="name"/>.png, when asked.</summary>
    public Task ScreenshotAsync(string name, ILocator element) => !TakeScreenshots ? Task.CompletedTask
        : element.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, name + ".png") });

    /// <summary>Waits until the page's URL matches <paramref name="url"/>, then for that document's load event.</summary>
    /// <remarks>
    /// Polls the URL instead of waiting for a navigation event: after a key press or click the navigation can commit
    /// before <c>WaitForURLAsync</c> attaches its listener, and under load that race lost CI runs for 30 s at a time.
    /// </remarks>
    public async Task ExpectUrlAsync(Regex url)
    {
        await Assertions.Expect(Page).ToHaveURLAsync(url, new() { Timeout = 30_000 });
        await Page.WaitForLoadStateAsync(LoadState.Load);
    }

    /// <summary>Waits until map.js has drawn the map (or reported that it could not).</summary>
    public async Task WaitForMapAsync()
    {
        await Page.WaitForSelectorAsync("#map[data-ready]");
        Assert.Equal("true", await Page.GetAttributeAsync("#map", "data-ready"));
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
