using Microsoft.Playwright;
using Xunit.Abstractions;

namespace IntegrationHub.EndToEnd.Tests;

/// <summary>The mapping editor in headless Chromium against the real hub: sign in, open a mapping, change a rule, preview, save.</summary>
public sealed class MappingBrowserTests(HubServer hub, ITestOutputHelper output) : IClassFixture<HubServer>, IAsyncLifetime
{
    private static readonly string ScreenshotFolder = Path.Combine(HubServer.RepositoryRoot, "artifacts", "screenshots");

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(ScreenshotFolder);
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

    [Fact]
    public async Task Browser_admin_edits_a_mapping_rule_and_the_live_preview_shows_the_new_output_and_the_schema_error_at_its_field()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = hub.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1600, Height = 1000 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };

        page.PageError += (_, error) => consoleErrors.Add(error);

        try
        {
            await page.GotoAsync("/mappings");
            await page.GetByLabel("User name").FillAsync("admin");
            await page.GetByLabel("Password").FillAsync(HubServer.AdminPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await page.WaitForURLAsync("**/mappings");
            await WaitInteractiveAsync(page);
            var link = page.GetByRole(AriaRole.Link, new() { Name = "B2B portal order to SalesOrder" });
            await Assertions.Expect(link).ToBeVisibleAsync();
            await ShotAsync(page, "01-mappings");

            // The editor previews the mapping's own sample at once.
            await link.ClickAsync();
            await page.WaitForURLAsync("**/mappings/portal-order-to-sales-order");
            var outputView = page.GetByLabel("Preview output", new() { Exact = true });
            await Assertions.Expect(outputView).ToContainTextAsync("WEB-100234");
            await Assertions.Expect(outputView).ToContainTextAsync("\"sourceChannel\": \"portal\"");
            await Assertions.Expect(page.GetByText("Maps without errors")).ToBeVisibleAsync();
            await ShotAsync(page, "02-mapping-editor");

            // A constant the target schema does not allow: the output changes and the error is marked at the field.
            var field = page.Locator("li[data-path='$.sourceChannel']");
            await field.Locator("> button").ClickAsync();
            var constant = page.Locator("input[data-rule-field=value]");
            await Assertions.Expect(constant).ToHaveValueAsync("\"portal\"");
            await constant.FillAsync("\"web-shop\"");
            await constant.PressAsync("Tab");
            await Assertions.Expect(outputView).ToContainTextAsync("\"sourceChannel\": \"web-shop\"");
            await Assertions.Expect(field).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("ih-map-error"));
            await Assertions.Expect(page.GetByText("Unsaved changes")).ToBeVisibleAsync();
            await ShotAsync(page, "03-mapping-preview-error-at-field");

            // An allowed value: the error goes away and the output follows.
            await constant.FillAsync("\"edi\"");
            await constant.PressAsync("Tab");
            await Assertions.Expect(outputView).ToContainTextAsync("\"sourceChannel\": \"edi\"");
            await Assertions.Expect(field).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("ih-map-error"));
            await Assertions.Expect(page.GetByText("Maps without errors")).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Draft saved.")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("Unsaved changes")).ToBeHiddenAsync();
            await ShotAsync(page, "04-mapping-draft-saved");

            // The stored draft carries the edit: a fresh load shows it.
            await page.ReloadAsync();
            await WaitInteractiveAsync(page);
            await Assertions.Expect(page.GetByLabel("Preview output", new() { Exact = true })).ToContainTextAsync("\"sourceChannel\": \"edi\"");

            Assert.Empty(consoleErrors);
        }
        catch
        {
            await ShotAsync(page, "mapping-failure");
            output.WriteLine("Browser console errors:\n" + string.Join('\n', consoleErrors));
            output.WriteLine(hub.Log);
            throw;
        }
        finally
        {
            await context.DisposeAsync();
        }
    }

    private static async Task WaitInteractiveAsync(IPage page) =>
        await page.WaitForSelectorAsync("html[data-hub-ready=true]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });

    private async Task ShotAsync(IPage page, string name)
    {
        var path = Path.Combine(ScreenshotFolder, $"designer-{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"screenshot {path}");
    }
}
