using System.Text.Json.Nodes;
using IntegrationHub.Flows.Versioning;

namespace IntegrationHub.Flows.Tests.Versioning;

public class FlowVersioningTests
{
    private static JsonObject Doc(string json) => JsonNode.Parse(json)!.AsObject();

    [Fact]
    public void Compute_KeyOrderWhitespaceAndVersion_DoNotChangeHash()
    {
        var a = Doc("""{ "id": "f", "version": 3, "name": "F", "steps": [ { "id": "a", "kind": "set" } ] }""");
        var b = Doc("""{"name":"F","steps":[{"kind":"set","id":"a"}],"id":"f","$schema":"./schemas/flow.schema.json"}""");

        Assert.Equal(FlowContentHash.Compute(a), FlowContentHash.Compute(b));
    }

    [Fact]
    public void Compute_ChangedValue_ChangesHash()
    {
        var a = Doc("""{ "id": "f", "name": "F" }""");
        var b = Doc("""{ "id": "f", "name": "G" }""");

        Assert.NotEqual(FlowContentHash.Compute(a), FlowContentHash.Compute(b));
    }

    [Fact]
    public void Compare_StepsMatchedById_ReportsReorderAddRemoveAndChange()
    {
        var before = Doc("""{ "id": "f", "steps": [ { "id": "a", "kind": "set", "vars": { "x": 1 } }, { "id": "b", "kind": "fail" }, { "id": "c", "kind": "map" } ] }""");
        var after = Doc("""{ "id": "f", "steps": [ { "id": "c", "kind": "map" }, { "id": "a", "kind": "set", "vars": { "x": 2 } }, { "id": "d", "kind": "delay" } ] }""");

        var changes = FlowDiff.Compare(before, after);

        Assert.Contains(changes, c => c.Kind == FlowChangeKind.Reordered && c.Path == "$.steps");
        Assert.Contains(changes, c => c.Kind == FlowChangeKind.Changed && c.Path == "$.steps[id=a].vars.x" && (int)c.Before! == 1 && (int)c.After! == 2);
        Assert.Contains(changes, c => c.Kind == FlowChangeKind.Removed && c.Path == "$.steps[id=b]");
        Assert.Contains(changes, c => c.Kind == FlowChangeKind.Added && c.Path == "$.steps[id=d]");
        Assert.DoesNotContain(changes, c => c.Path.StartsWith("$.steps[id=c]", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_SameContent_NoChanges()
    {
        var doc = Doc("""{ "id": "f", "version": 1, "steps": [] }""");
        var same = Doc("""{ "steps": [], "id": "f", "version": 2 }""");

        Assert.Empty(FlowDiff.Compare(doc, same));
    }
}
