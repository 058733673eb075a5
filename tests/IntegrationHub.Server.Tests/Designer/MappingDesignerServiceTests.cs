using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Audit;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Mappings;
using IntegrationHub.Contracts.Security;
using IntegrationHub.Server.Security;
using IntegrationHub.Server.Tests.Infrastructure;
using IntegrationHub.Storage;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Server.Tests.Designer;

/// <summary>The in-process backend of the designer's mapping editor, called as a signed-in person's circuit would.</summary>
public sealed class MappingDesignerServiceTests : MappingHubTestBase
{
    private const string Draft = """
        { "id": "designer-probe", "name": "Designer probe", "targetSchema": "sales-order",
          "rules": [ { "target": "orderNumber", "source": "ref" }, { "target": "lines", "forEach": "items", "rules": [ { "target": "uom", "source": "unit", "lookup": "unit-codes" } ] } ] }
        """;

    protected override StorageProvider Provider => StorageProvider.Sqlite;

    [Fact]
    public async Task Preview_of_an_unsaved_draft_gives_output_errors_at_target_paths_and_a_trace()
    {
        await using var scope = Signed(HubRoles.Analyst, out var sut);
        var request = new MappingPreviewRequest(JsonNode.Parse("""{ "ref": "SO-9", "items": [ { "unit": "EACH" }, { "unit": "??" } ] }"""), JsonNode.Parse(Draft)!.AsObject());

        var preview = await sut.PreviewAsync(request);
        var invalid = await sut.PreviewAsync(request with { Document = new JsonObject { ["id"] = "designer-probe", ["rules"] = new JsonArray() } }, "designer-probe");
        var stored = await sut.PreviewAsync(new MappingPreviewRequest(JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryFlows.Folder, "samples", "x12-850.json")))), "x12-850-to-sales-order");

        Assert.Equal(("SO-9", "EA"), ((string)preview.Output!["orderNumber"]!, (string)preview.Output["lines"]![0]!["uom"]!));
        Assert.Contains(preview.Errors, e => e.TargetPath == "$.lines[1].uom" && e.SourcePath == "$.items[1].unit" && e.Kind == "rule");
        Assert.Contains(preview.Errors, e => e.Kind == "schema" && e.TargetPath == "$.sourceChannel");
        Assert.Contains(preview.Trace, t => t.TargetPath == "$.lines[0].uom" && (string?)t.Value == "EA");
        Assert.Contains(invalid.Errors, e => e.Kind == "definition" && e.Rule == "$.name" && e.Message == "'name' is required");
        Assert.Null(invalid.Output);
        Assert.True(stored.Succeeded, string.Join("; ", stored.Errors.Select(e => e.Message)));
        Assert.Equal(1, stored.Version);
    }

    [Fact]
    public async Task Drafts_are_saved_checked_published_and_exported_like_in_the_api()
    {
        await using var scope = Signed(HubRoles.Publisher, out var sut);

        var rejected = await sut.SaveDraftAsync(Draft.Replace("unit-codes", "no-such-table", StringComparison.Ordinal), null);
        var mismatch = await sut.SaveDraftAsync(Draft, "other-mapping");
        var saved = await sut.SaveDraftAsync(Draft, "designer-probe");
        var published = await sut.PublishAsync("designer-probe");
        var file = await sut.ExportAsync("designer-probe", null);
        var detail = await sut.GetMappingAsync("designer-probe");
        var notFound = await Assert.ThrowsAsync<DesignerException>(() => sut.PublishAsync("designer-probe"));

        Assert.Null(rejected.Saved);
        Assert.Contains(rejected.Errors, e => e.Path == "$.rules[1].rules[0].lookup");
        Assert.Equal("$.id", Assert.Single(mismatch.Errors).Path);
        Assert.Equal(("designer-probe", 0, "draft"), (saved.MappingId, saved.Saved!.Version, saved.Saved.Status));
        Assert.Equal(new MappingPublishResult("designer-probe", 1, true), published);
        Assert.Equal("designer-probe.map.json", file!.FileName);
        Assert.Equal(1, JsonNode.Parse(file.Content)!["version"]!.GetValue<int>());
        Assert.Equal("designer", Assert.Single(detail!.Versions).Source);
        Assert.Contains("no draft", notFound.Message);
    }

    [Fact]
    public async Task Creating_a_mapping_saves_a_draft_without_rules_and_an_id_in_use_is_an_error_at_the_id()
    {
        await using var analystScope = Signed(HubRoles.Analyst, out var analyst);
        await using var viewerScope = Signed(HubRoles.Viewer, out var viewer);
        const string New = """{ "id": "customer-copy", "name": "Customer copy", "sourceSchema": "customer", "targetSchema": "customer", "sample": "customer.json", "rules": [] }""";

        var created = await analyst.CreateAsync(New);
        var again = await analyst.CreateAsync(New.Replace("Customer copy", "Another", StringComparison.Ordinal));
        var badId = await analyst.CreateAsync(New.Replace("customer-copy", "9 lives", StringComparison.Ordinal));
        var denied = await Assert.ThrowsAsync<DesignerAccessDeniedException>(() => viewer.CreateAsync(New.Replace("customer-copy", "viewer-copy", StringComparison.Ordinal)));
        var detail = await analyst.GetMappingAsync("customer-copy");
        var draft = await analyst.GetVersionAsync("customer-copy", 0);
        var audit = (await Admin.GetFromJsonAsync<List<AuditEntryDto>>("/api/audit?action=mappings.saveDraft&actor=designer-analyst"))!;

        Assert.Equal(("customer-copy", 0, "draft"), (created.MappingId, created.Saved!.Version, created.Saved.Status));
        Assert.Null(again.Saved);
        var inUse = Assert.Single(again.Errors);
        Assert.Equal(("$.id", "id-in-use"), (inUse.Path, inUse.Code));
        Assert.Contains("already exists", inUse.Message);
        Assert.Null(badId.Saved);
        Assert.Contains(badId.Errors, e => e.Path == "$.id");
        Assert.Contains("do not allow", denied.Message);
        Assert.Equal("draft", Assert.Single(detail!.Versions).Status);
        Assert.Equal("Customer copy", (string?)draft!.Content["name"]);
        Assert.Contains(audit, e => e.Target == "customer-copy" && e.Outcome == "201" && e.Details == "designer");
        Assert.Contains(audit, e => e.Target == "customer-copy" && e.Outcome == "error:StoreException");
    }

    [Fact]
    public async Task Schemas_are_trees_of_paths_types_required_flags_and_descriptions()
    {
        await using var scope = Signed(HubRoles.Viewer, out var sut);

        var schemas = await sut.ListSchemasAsync();
        var order = await sut.GetSchemaAsync("sales-order");
        var asn = await sut.GetSchemaAsync("advance-ship-notice");

        Assert.Contains(schemas, s => s.Id == "x12-856");
        var lines = order!.Fields.Single(f => f.Name == "lines");
        Assert.Equal(("$.lines", "array", true), (lines.Path, lines.Type, lines.Required));
        var uom = lines.Children.Single(f => f.Name == "uom");
        Assert.Equal("$.lines[].uom", uom.Path);
        Assert.False(string.IsNullOrEmpty(uom.Description));
        var orderDate = order.Fields.Single(f => f.Name == "orderDate");
        Assert.Equal(("string", "date", true), (orderDate.Type, orderDate.Format, orderDate.Required));
        Assert.Contains(order.Fields, f => f.Name == "sourceChannel" && f.AllowedValues.Count > 0);
        Assert.Contains(Flatten(asn!.Fields), f => f.Path.Split("[]").Length > 3);
    }

    [Fact]
    public async Task Lookup_tables_are_saved_by_revision_and_roles_are_enforced()
    {
        await using var analystScope = Signed(HubRoles.Analyst, out var analyst);
        await using var publisherScope = Signed(HubRoles.Publisher, out var publisher);
        var table = await publisher.GetLookupTableAsync("warehouse-codes");
        var document = table!.Content.DeepClone().AsObject();
        document["entries"]!["NEW"] = "WH-NEW";

        var denied = await Assert.ThrowsAsync<DesignerAccessDeniedException>(() => analyst.SaveLookupTableAsync(document.ToJsonString(), table.Summary.Revision));
        var invalid = await publisher.SaveLookupTableAsync("""{ "id": "warehouse-codes", "entries": 3 }""", table.Summary.Revision);
        var saved = await publisher.SaveLookupTableAsync(document.ToJsonString(), table.Summary.Revision);
        var stale = await Assert.ThrowsAsync<DesignerException>(() => publisher.SaveLookupTableAsync(document.ToJsonString().Replace("WH-NEW", "WH-NEWER", StringComparison.Ordinal), table.Summary.Revision));
        var sample = await analyst.GetSampleAsync("portal-order.json");
        var escape = await analyst.GetSampleAsync("../mappings/portal-order-to-sales-order.map.json");

        Assert.Contains("do not allow", denied.Message);
        Assert.Null(invalid.Saved);
        Assert.NotEmpty(invalid.Errors);
        Assert.Equal(table.Summary.Revision + 1, saved.Saved!.Revision);
        Assert.Contains("someone else changed it", stale.Message);
        Assert.NotNull(sample);
        Assert.Null(escape);
    }

    private static IEnumerable<SchemaField> Flatten(IEnumerable<SchemaField> fields) => fields.SelectMany(f => new[] { f }.Concat(Flatten(f.Children)));

    /// <summary>A scope as a designer circuit has it: a signed-in person with one role.</summary>
    private AsyncServiceScope Signed(string role, out IMappingDesignerService service)
    {
        var scope = Hub.Services.CreateAsyncScope();
        var principal = PrincipalExtensions.Create("designer-" + role, "user", [role], "test");
        ((IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>())
            .SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        service = scope.ServiceProvider.GetRequiredService<IMappingDesignerService>();
        return scope;
    }
}
