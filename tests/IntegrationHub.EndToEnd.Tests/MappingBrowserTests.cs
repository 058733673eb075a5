using Microsoft.Playwright;
using Xunit.Abstractions;

namespace IntegrationHub.EndToEnd.Tests;

/// <summary>
/// The mapping pages in headless Chromium against the real hub: edit a shipped mapping's rule with the live preview;
/// create a mapping, give it a rule, preview and publish it; edit a lookup table.
/// </summary>
public sealed class MappingBrowserTests(HubServer hub, ITestOutputHelper output) : BrowserTestBase(output, "designer"), IClassFixture<HubServer>
{
    [Fact]
    public Task Browser_admin_edits_a_mapping_rule_and_the_live_preview_shows_the_new_output_and_the_schema_error_at_its_field() => InBrowserAsync("mapping-failure", async page =>
    {
        await SignInAsync(page, "/mappings");
        var link = page.GetByRole(AriaRole.Link, new() { Name = "B2B portal order to SalesOrder" });
        await Assertions.Expect(link).ToBeVisibleAsync();
        await ShotAsync(page, "01-mappings");

        // The mapping's page lists its versions; the editor previews the mapping's own sample at once.
        await link.ClickAsync();
        await page.WaitForURLAsync("**/mappings/portal-order-to-sales-order");
        await Assertions.Expect(page.Locator("[aria-label=Versions]")).ToContainTextAsync("published");
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit (new draft)" }).ClickAsync();
        await page.WaitForURLAsync("**/mappings/portal-order-to-sales-order/edit");
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

    });

    [Fact]
    public Task Browser_admin_creates_a_mapping_adds_a_rule_previews_and_publishes_it_and_edits_a_lookup_table_entry() => InBrowserAsync("mapping-lifecycle-failure", async page =>
    {
        await SignInAsync(page, "/mappings");
        await page.GetByRole(AriaRole.Link, new() { Name = "New mapping" }).ClickAsync();
        await page.WaitForURLAsync("**/mappings/new");

        // A new mapping: id, name, both schemas from the hub's list, and a shipped sample.
        await FillAsync(page.Locator("[data-field=id] input"), "customer-card");
        await FillAsync(page.Locator("[data-field=name] input"), "Customer card");
        await PickAsync(page, "sourceSchema", "customer · Customer");
        await PickAsync(page, "targetSchema", "customer · Customer");
        await FillAsync(page.Locator("[data-field=sample] input"), "customer.json");
        await ShotAsync(page, "05-new-mapping");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create mapping" }).ClickAsync();

        // It opens in the editor as an empty draft: the target schema's fields, none written yet.
        await page.WaitForURLAsync("**/mappings/customer-card/edit");
        await Assertions.Expect(page.GetByText("editing the draft")).ToBeVisibleAsync();
        var target = page.GetByRole(AriaRole.Tree, new() { Name = "Target fields" });
        var name = target.Locator("li[data-path='$.name']");
        await name.Locator("> button").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a rule" }).ClickAsync();
        var source = page.Locator("input[data-rule-field=source]");
        await FillAsync(source, "name");
        await Assertions.Expect(page.GetByText("Unsaved changes")).ToBeVisibleAsync();

        // The preview maps the sample: the rule's value in the output, the fields still missing as schema errors.
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview", Exact = true }).ClickAsync();
        var outputView = page.GetByLabel("Preview output", new() { Exact = true });
        await Assertions.Expect(outputView).ToContainTextAsync("\"name\": \"Acme Hardware Supply\"");
        await Assertions.Expect(page.GetByLabel("Preview errors")).ToContainTextAsync("$.customerId");
        await Assertions.Expect(target.Locator("li[data-path='$.customerId']")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("ih-map-error"));
        await ShotAsync(page, "06-new-mapping-rule-preview");

        // Publishing saves the edit first; the mapping's page then shows v1 live, published by the admin.
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Published v1.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Unsaved changes")).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Customer card" }).ClickAsync();
        await page.WaitForURLAsync("**/mappings/customer-card");
        await Assertions.Expect(page.GetByText("v1 live")).ToBeVisibleAsync();
        var versions = page.Locator("[aria-label=Versions]");
        await Assertions.Expect(versions).ToContainTextAsync("published");
        await Assertions.Expect(versions).ToContainTextAsync("by admin");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Retire v1" })).ToBeVisibleAsync();
        await ShotAsync(page, "07-new-mapping-published");

        // A lookup table entry (a table the other test's mapping does not read): saved as the next revision, and still
        // there after a reload.
        await page.GotoAsync("/lookups/carrier-scac");
        await WaitInteractiveAsync(page);
        var values = page.Locator("input[data-entry=value]");
        await Assertions.Expect(values.First).ToHaveValueAsync("\"UPSN\"");
        await FillAsync(values.First, "\"UPSS\"");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save table" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Saved revision 2.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("revision 2", new() { Exact = true })).ToBeVisibleAsync();
        await ShotAsync(page, "08-lookup-entry-saved");
        await page.ReloadAsync();
        await WaitInteractiveAsync(page);
        await Assertions.Expect(page.Locator("input[data-entry=value]").First).ToHaveValueAsync("\"UPSS\"");

    });

    /// <summary>
    /// Runs a test on a fresh page of its own browser context; the page may log no errors. On failure: a screenshot, the
    /// browser's console errors and the hub's log.
    /// </summary>
    private async Task InBrowserAsync(string failureShot, Func<IPage, Task> test)
    {
        var context = await NewContextAsync(hub.BaseAddress, 1600, 1000);
        var page = await context.NewPageAsync();
        var consoleErrors = WatchErrors(page);
        try
        {
            await test(page);
            Assert.Empty(consoleErrors);
        }
        catch
        {
            await ShotAsync(page, failureShot);
            Output.WriteLine("Browser console errors:\n" + string.Join('\n', consoleErrors));
            Output.WriteLine(hub.Log);
            throw;
        }
        finally
        {
            await context.DisposeAsync();
        }
    }


    private static async Task SignInAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.GetByLabel("User name").FillAsync("admin");
        await page.GetByLabel("Password").FillAsync(HubServer.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**" + path);
        await WaitInteractiveAsync(page);
    }

    /// <summary>Types into a text field and leaves it, as a person does: MudBlazor fields take the value on change.</summary>
    private static async Task FillAsync(ILocator field, string text)
    {
        await field.FillAsync(text);
        await field.PressAsync("Tab");
    }

    /// <summary>Opens a drop-down of the new-mapping form and picks an entry.</summary>
    private static async Task PickAsync(IPage page, string field, string entry)
    {
        await page.Locator($"[data-field={field}] .mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").GetByText(entry, new() { Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator($"[data-field={field}] input")).ToHaveValueAsync(entry.Split(' ')[0]);
    }
}
