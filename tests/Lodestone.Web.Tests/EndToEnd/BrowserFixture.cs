using Microsoft.Playwright;

namespace Lodestone.Web.Tests.EndToEnd;

/// <summary>Debian's Chromium driven by Playwright, headless. Nothing downloads a browser: scripts/test installs the Debian package.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private string? _unavailable;

    /// <summary>The browser; where Chromium is missing the calling test is skipped with the reason (on CI the fixture fails first).</summary>
    public IBrowser Browser => _unavailable is { } reason
        ? throw new SkipException(reason)
        : _browser ?? throw new InvalidOperationException("browser not started");

    /// <summary>Screenshots land here, as test artifacts: artifacts/screenshots/ at the repository root.</summary>
    public static string ScreenshotDirectory { get; } = Directory.CreateDirectory(Lodestone.Testing.RepoPaths.Combine("artifacts", "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            _unavailable = $"{ChromiumPath} is missing: install Debian chromium (scripts/test does: apt-get install -y chromium)";
            if (Lodestone.Testing.PostgresFixture.IsCi)
            {
                throw new InvalidOperationException("CI=true but " + _unavailable);
            }
            return;
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
