using Microsoft.Playwright;

namespace Lodestone.Web.Tests.EndToEnd;

/// <summary>Debian's Chromium driven by Playwright, headless. Nothing downloads a browser: scripts/test installs the Debian package.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("browser not started");

    /// <summary>Screenshots land here, as test artifacts: artifacts/screenshots/ at the repository root.</summary>
    public static string ScreenshotDirectory { get; } = Directory.CreateDirectory(Lodestone.Testing.RepoPaths.Combine("artifacts", "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian chromium (scripts/test does: apt-get install -y chromium)");
        }
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }
}
