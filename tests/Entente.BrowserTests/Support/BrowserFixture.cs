using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Entente.BrowserTests.Support.BrowserFixture))]

namespace Entente.BrowserTests.Support;

/// <summary>
/// One headless Debian Chromium for the whole run, driven by Playwright. The browser is the system's
/// (<c>/usr/bin/chromium</c>, installed by scripts/install-test-dependencies.sh); Playwright never downloads one.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public string? UnavailableReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            UnavailableReason = $"{ChromiumPath} is not installed (apt-get install chromium)";
            return;
        }

        // CI runs these journeys beside Entente.Tests on two cores: a page that draws its charts in 300 ms here may
        // take several seconds there. Expectations wait up to 20 s (Playwright's default is 5 s); a page that never
        // gets there still fails.
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Without the networking switches Chromium reaches for Google's hosts, which this network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>A fresh browser context (its own cookies and storage) with a page, for one journey.</summary>
    public async Task<IPage> NewPageAsync(Uri baseAddress)
    {
        Assert.SkipWhen(Browser is null, $"Chromium is not available: {UnavailableReason}");
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "en-GB",
        });
        return await context.NewPageAsync();
    }
}
