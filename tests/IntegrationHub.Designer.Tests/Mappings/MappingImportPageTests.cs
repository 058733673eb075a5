using System.Text.Json.Nodes;
using Bunit;
using IntegrationHub.Contracts.Flows;
using IntegrationHub.Designer.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace IntegrationHub.Designer.Tests.Mappings;

public sealed class MappingImportPageTests : DesignerTestContext
{
    private const string File = """{ "id": "orders-in", "name": "Orders in", "rules": [ { "target": "a", "source": "" }, { "target": "b" } ] }""";

    [Fact]
    public void Import_InvalidFile_ShowsEachErrorWithItsJsonPathAndSavesNothing()
    {
        Mappings.Checker = _ =>
        [
            new FlowErrorDto("designer", "$.rules[0].source", "'source' must not be empty", "schema"),
            new FlowErrorDto("designer", "$.rules[1]", "the rule needs exactly one of 'source', 'expression' or 'value'", "rule"),
        ];
        var cut = RenderPage();

        Upload(cut, InputFileContent.CreateFromText(File, "orders-in.map.json"));

        cut.WaitForAssertion(() => Assert.Contains("The file has 2 error(s); nothing was saved.", cut.Markup));
        var rows = cut.Find("[aria-label='Errors in the file']").QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("$.rules[0].source", rows[0]);
        Assert.Contains("'source' must not be empty", rows[0]);
        Assert.Contains("$.rules[1]", rows[1]);
        Assert.DoesNotContain(cut.FindAll("button"), b => b.TextContent.Contains("Save as", StringComparison.Ordinal));
        Assert.Empty(Mappings.Saved);
        Assert.False(Mappings.Store.ContainsKey("orders-in"));
    }

    [Theory]
    [InlineData(false, "Save as a new mapping", "creates the mapping orders-in")]
    [InlineData(true, "Save as the draft of orders-in", "replaces the draft of the existing mapping orders-in")]
    public void Import_ValidFile_SaysWhetherItMakesANewMappingOrReplacesADraft_ThenSavesIt(bool exists, string button, string says)
    {
        if (exists)
        {
            Mappings.Add("orders-in", 1, FlowVersionStatus.Published, JsonNode.Parse("""{ "id": "orders-in", "name": "Orders in", "rules": [] }""")!.AsObject());
        }

        var cut = RenderPage();
        Upload(cut, InputFileContent.CreateFromText(File, "orders-in.map.json"));

        cut.WaitForAssertion(() => Assert.Contains(says, cut.Markup));
        Assert.Empty(Mappings.Saved);
        cut.FindAll("button").Single(b => b.TextContent.Trim() == button).Click();

        cut.WaitForAssertion(() => Assert.Equal(File, Assert.Single(Mappings.Saved)));
        Assert.EndsWith("/mappings/orders-in", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_FileOverOneMebibyte_IsRefusedWithTheLimitBeforeTheHubSeesIt()
    {
        var checkedByHub = false;
        Mappings.Checker = _ =>
        {
            checkedByHub = true;
            return [];
        };
        var cut = RenderPage();

        Upload(cut, InputFileContent.CreateFromBinary(new byte[(1024 * 1024) + 1], "huge.map.json"));

        cut.WaitForAssertion(() => Assert.Contains("at most 1,048,576 bytes (1 MiB)", cut.Find("[role=alert]").TextContent));
        Assert.False(checkedByHub);
        Assert.Empty(Mappings.Saved);
    }

    private static void Upload(IRenderedComponent<MappingImportPage> cut, InputFileContent file) =>
        cut.FindComponent<InputFile>().UploadFiles(file);

    private IRenderedComponent<MappingImportPage> RenderPage()
    {
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        return Render<MappingImportPage>(p => p.AddCascadingValue(Session("analyst")));
    }
}
