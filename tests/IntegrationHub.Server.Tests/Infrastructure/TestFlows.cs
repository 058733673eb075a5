namespace IntegrationHub.Server.Tests.Infrastructure;

/// <summary>Flow documents and throwaway flows folders for the API tests.</summary>
public static class TestFlows
{
    public static string Valid(string id, string name = "Test flow") => $$"""
        {
          "id": "{{id}}",
          "name": "{{name}}",
          "trigger": { "kind": "manual" },
          "connections": { "erp": { "connector": "sandbox" } },
          "steps": [
            { "id": "load", "kind": "call", "connection": "erp", "operation": "getCustomer", "input": { "customerId": "=input.customerId" } },
            { "id": "remember", "kind": "set", "vars": { "name": "=steps.load.output.name" } }
          ]
        }
        """;

    public const string InvalidWithThreeErrors = """
        {
          "id": "broken",
          "name": "Broken",
          "trigger": { "kind": "manual" },
          "steps": [
            { "id": "a", "kind": "call", "connection": "nowhere", "operation": "x" },
            { "id": "a", "kind": "set", "vars": { "v": "=steps.ghost.output" } }
          ]
        }
        """;

    /// <summary>Creates a temp flows folder holding the given files (name to content).</summary>
    public static string Folder(params (string Name, string Content)[] files)
    {
        var folder = Path.Combine(Path.GetTempPath(), "hub-flows-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "schemas"));
        Directory.CreateDirectory(Path.Combine(folder, "mappings"));
        foreach (var (name, content) in files)
        {
            File.WriteAllText(Path.Combine(folder, name), content);
        }

        return folder;
    }
}
