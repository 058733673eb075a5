using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace IntegrationHub.EndToEnd.Tests;

/// <summary>
/// The operator's day in headless Chromium against the real hub: connect the Sandbox ERP through the generated connection
/// form, find the run that failed on bad data, correct the failed step's input, retry it and watch it succeed.
/// </summary>
public sealed class RunsBrowserTests(HubServer hub, ITestOutputHelper output) : BrowserTestBase(output, "runs"), IClassFixture<HubServer>
{
    [Fact]
    public async Task Browser_operator_connects_the_sandbox_opens_a_failed_run_corrects_its_input_and_retries_it_to_success()
    {
        var context = await NewContextAsync(hub.BaseAddress, 1440, 900);
        var page = await context.NewPageAsync();
        var consoleErrors = WatchErrors(page);

        try
        {
            await page.GotoAsync("/login?ReturnUrl=%2F");
            await page.GetByLabel("User name").FillAsync("admin");
            await page.GetByLabel("Password").FillAsync(HubServer.AdminPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await page.WaitForURLAsync(new Regex("/$"));
            await WaitInteractiveAsync(page);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync();

            // The connector catalog leads to a form generated from the Sandbox's settings schema.
            await page.GetByRole(AriaRole.Link, new() { Name = "Connector catalog" }).ClickAsync();
            await page.WaitForURLAsync("**/connectors");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Connector catalog" })).ToBeVisibleAsync();
            var sandbox = page.Locator("#sandbox");
            await Assertions.Expect(sandbox).ToContainTextAsync("getAvailability");

            // Operations and their schemas open on demand; a schema reads as a table of fields.
            await sandbox.GetByText("Operations (", new() { Exact = false }).ClickAsync();
            var availability = sandbox.Locator("[data-operation=getAvailability]");
            await availability.GetByText("Input", new() { Exact = true }).ClickAsync();
            await Assertions.Expect(availability.Locator("[data-field=skus]")).ToBeVisibleAsync();
            await ShotAsync(page, "01-connector-catalog", availability);
            await sandbox.GetByRole(AriaRole.Link, new() { Name = "New connection" }).ClickAsync();
            await page.WaitForURLAsync("**/connections/new?connector=sandbox");
            await Assertions.Expect(page.Locator("[data-setting=company]")).ToBeVisibleAsync();
            var name = page.GetByLabel("Name").First;
            await name.FillAsync("sandbox-erp");
            await name.PressAsync("Tab");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create connection" }).ClickAsync();
            await page.WaitForURLAsync(new Regex("/connections/[0-9a-f-]{36}$"));
            await page.GetByRole(AriaRole.Button, new() { Name = "Test connection" }).ClickAsync();
            await Assertions.Expect(page.Locator("[data-test-result=succeeded]")).ToContainTextAsync("sandbox ready");
            await ShotAsync(page, "02-connection-tested");

            // A portal asks for an item the ERP does not know: the run is dead-lettered as a data problem.
            var hook = await page.APIRequest.PostAsync("/hooks/availability", new APIRequestContextOptions
            {
                DataObject = new { customerId = "C1000", lines = new[] { new { sku = "NOPE-1", quantity = 5 } } },
            });
            var runId = hook.Headers.TryGetValue("x-run-id", out var header) ? header : (string?)JsonNode.Parse(await hook.TextAsync())?["runId"];
            Assert.False(hook.Ok, await hook.TextAsync());
            Assert.NotNull(runId);

            // The operator finds it among the failed runs and opens it.
            await page.GotoAsync("/runs?status=failed&range=24h");
            await WaitInteractiveAsync(page);
            var row = page.Locator("[aria-label=Runs] tbody tr").Filter(new() { HasText = "availability-check" });
            await Assertions.Expect(row).ToHaveCountAsync(1);
            await Assertions.Expect(row).ToContainTextAsync("Data problem");
            await ShotAsync(page, "03-failed-runs");
            await row.GetByRole(AriaRole.Link).First.ClickAsync();
            await page.WaitForURLAsync($"**/runs/{runId}");
            await Assertions.Expect(page.Locator(".ih-status-chip").First).ToHaveAttributeAsync("data-status", "failed");
            await Assertions.Expect(page.GetByText("Data problem at step atp")).ToBeVisibleAsync();
            var failedInput = page.Locator("pre[aria-label='Input of atp, attempt 1']");
            await Assertions.Expect(failedInput).ToBeVisibleAsync();
            await Assertions.Expect(failedInput).ToContainTextAsync("NOPE-1");
            await ShotAsync(page, "04-failed-run");

            // Correct the failed step's input and retry it; the page follows the run until it succeeds.
            await page.GetByRole(AriaRole.Button, new() { Name = "Retry from the failed step" }).ClickAsync();
            var editor = page.GetByRole(AriaRole.Region, new() { Name = "Retry from step atp" }).Locator("textarea");
            await Assertions.Expect(editor).ToHaveValueAsync(new Regex("NOPE-1"));
            await editor.FillAsync("""{ "skus": ["WID-100"], "warehouses": null }""");
            await ShotAsync(page, "05-retry-with-corrected-input");
            await page.GetByRole(AriaRole.Button, new() { Name = "Retry with this input" }).ClickAsync();
            await Assertions.Expect(page.Locator(".ih-status-chip").First).ToHaveAttributeAsync("data-status", "succeeded", new() { Timeout = 30_000 });
            var attempts = page.Locator(".ih-step[data-step-path=atp]");
            await Assertions.Expect(attempts).ToHaveCountAsync(2);
            await Assertions.Expect(page.Locator(".ih-step[data-step-path=atp][data-status=succeeded]")).ToContainTextAsync("attempt 2");
            await Assertions.Expect(page.Locator(".ih-step[data-step-path=answer][data-status=succeeded]")).ToBeVisibleAsync();
            await ShotAsync(page, "06-retried-run-succeeded");

            // The dashboard counts it: one run started, now succeeded, nothing dead-lettered.
            await page.GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).ClickAsync();
            await Assertions.Expect(page.Locator("[data-kpi='Runs started']")).ToHaveTextAsync("1");
            await Assertions.Expect(page.Locator("[data-kpi='Dead letters']")).ToHaveTextAsync("0");
            await Assertions.Expect(page.Locator("[data-chart=volume] svg")).ToBeVisibleAsync();
            await ShotAsync(page, "07-dashboard");

            Assert.Empty(consoleErrors);
        }
        catch
        {
            await ShotAsync(page, "failure");
            Output.WriteLine("Browser console errors:\n" + string.Join('\n', consoleErrors));
            Output.WriteLine(hub.Log);
            throw;
        }
        finally
        {
            await context.DisposeAsync();
        }
    }
}
