using Microsoft.Playwright;
using Xunit.Abstractions;

namespace IntegrationHub.EndToEnd.Tests;

/// <summary>
/// Headless Chromium (Debian's, or <c>HUB_TEST_CHROMIUM</c>) for one test class: launched before its tests, closed
/// after; pages that collect the browser's errors, wait for the interactive circuit, and screenshots saved under
/// <c>artifacts/screenshots</c> with the class's prefix.
/// </summary>
public abstract class BrowserTestBase(ITestOutputHelper output, string screenshotPrefix) : IAsyncLifetime
{
    private static readonly string ScreenshotFolder = Path.Combine(HubServer.RepositoryRoot, "artifacts", "screenshots");

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Gets the test's output.</summary>
    protected ITestOutputHelper Output => output;

    /// <summary>Gets the browser (launched by <see cref="InitializeAsync"/>).</summary>
    protected IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser is not launched");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(ScreenshotFolder);
        output.WriteLine($"Screenshots: {ScreenshotFolder}");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("HUB_TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
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

    /// <summary>Opens a browser context on the hub with the given viewport.</summary>
    protected Task<IBrowserContext> NewContextAsync(Uri hub, int width, int height) =>
        Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = hub.ToString(), ViewportSize = new ViewportSize { Width = width, Height = height } });

    /// <summary>Sets the page's default timeout and collects what the page logs as errors (console and uncaught).</summary>
    protected static List<string> WatchErrors(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.SetDefaultTimeout(20_000);
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };

        page.PageError += (_, error) => errors.Add(error);
        return errors;
    }

    /// <summary>Waits until the circuit has rendered the layout: clicks on the prerendered page would be lost.</summary>
    protected static async Task WaitInteractiveAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.WaitForSelectorAsync("html[data-hub-ready=true]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
    }

    /// <summary>Saves a screenshot: the whole page, or the viewport scrolled to <paramref name="around"/> on a long page.</summary>
    protected async Task ShotAsync(IPage page, string name, ILocator? around = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var path = Path.Combine(ScreenshotFolder, $"{screenshotPrefix}-{name}.png");
        if (around is null)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        }
        else
        {
            await around.ScrollIntoViewIfNeededAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        }

        output.WriteLine($"screenshot {path}");
    }
}
