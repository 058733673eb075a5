using Microsoft.Playwright;
using Xunit.Abstractions;

namespace IntegrationHub.EndToEnd.Tests;

/// <summary>The designer in headless Chromium against the real hub: sign in, edit, save, publish.</summary>
public sealed class DesignerBrowserTests(HubServer hub, ITestOutputHelper output) : BrowserTestBase(output, "designer"), IClassFixture<HubServer>
{
    [Fact]
    public async Task Browser_admin_signs_in_edits_a_step_saves_the_draft_and_publishes_a_new_version()
    {
        var context = await NewContextAsync(hub.BaseAddress, 1440, 900);
        var page = await context.NewPageAsync();
        var consoleErrors = WatchErrors(page);

        try
        {
            // Anonymous visitors land on the sign-in page, which comes back to where they were going.
            await page.GotoAsync("/flows");
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login\\?ReturnUrl=%2Fflows"));
            await page.GetByLabel("User name").FillAsync("admin");
            await page.GetByLabel("Password").FillAsync("wrong password");
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("wrong");
            await ShotAsync(page, "01-login-failed");

            // The refused login is expected to log its 401 in the console; nothing after it may.
            consoleErrors.Clear();

            await page.GetByLabel("Password").FillAsync(HubServer.AdminPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await page.WaitForURLAsync("**/flows");
            await WaitInteractiveAsync(page);
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Availability check (synchronous)" })).ToBeVisibleAsync();
            await ShotAsync(page, "02-flows");

            await page.GetByRole(AriaRole.Link, new() { Name = "Availability check (synchronous)" }).ClickAsync();
            await page.WaitForURLAsync("**/flows/availability-check");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Availability check (synchronous)" })).ToBeVisibleAsync();
            await ShotAsync(page, "03-flow-detail");

            // Open the editor, select the call step in the graph and rename it in the property panel.
            await page.GetByRole(AriaRole.Link, new() { Name = "Edit (new draft)" }).ClickAsync();
            await page.WaitForURLAsync("**/flows/availability-check/edit");
            var step = page.Locator("[data-step-id=atp] .ih-node-card");
            await Assertions.Expect(step).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("No errors")).ToBeVisibleAsync();
            await step.ClickAsync();
            var panel = page.GetByRole(AriaRole.Region, new() { Name = "Properties of step atp" });
            await Assertions.Expect(panel).ToBeVisibleAsync();
            var name = panel.GetByLabel("Name", new() { Exact = true });
            await name.FillAsync("ATP per warehouse, edited in the browser");
            await name.PressAsync("Tab");
            await Assertions.Expect(page.GetByText("Unsaved changes")).ToBeVisibleAsync();
            await Assertions.Expect(step).ToContainTextAsync("ATP per warehouse, edited in the browser");
            await ShotAsync(page, "04-editor-step-edited");

            await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Draft saved.")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("Unsaved changes")).ToBeHiddenAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await Assertions.Expect(dialog).ToContainTextAsync("Publish the draft?");
            await ShotAsync(page, "05-publish-confirm");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();

            // Back on the flow: v2 is published and live, v1 stays in the history.
            await page.WaitForURLAsync("**/flows/availability-check");
            await Assertions.Expect(page.GetByText("Published v2.")).ToBeVisibleAsync();
            var rows = page.Locator("[aria-label=Versions] tbody tr");
            await Assertions.Expect(rows).ToHaveCountAsync(2);
            await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("v2");
            await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("published");
            await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("v1");
            await Assertions.Expect(page.GetByText("v2 live")).ToBeVisibleAsync();
            await ShotAsync(page, "06-published-v2");

            // The side-by-side diff shows the rename.
            await page.GotoAsync("/flows/availability-check/diff?from=1&to=2");
            await WaitInteractiveAsync(page);
            await Assertions.Expect(page.Locator(".ih-diff-changed").First).ToContainTextAsync("edited in the browser");
            await ShotAsync(page, "07-diff-v1-v2");

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
