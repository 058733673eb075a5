using System.Text.Json.Nodes;

namespace IntegrationHub.Designer.Editor.Calls;

/// <summary>
/// The flow's <c>connections</c> (logical name → connector and configured connection) seen from a call step: what the
/// picker offers, and declaring a configured connection the flow does not use yet.
/// </summary>
internal static class FlowConnections
{
    /// <summary>Returns the binding of a logical name, or null when the flow does not declare it.</summary>
    public static JsonObject? Binding(JsonObject document, string? name) =>
        name is not null && document["connections"] is JsonObject connections ? connections[name] as JsonObject : null;

    /// <summary>Returns the configured connection a binding names (its <c>connection</c>, by default its logical name).</summary>
    public static string Target(string name, JsonObject binding) => JsonFields.Text(binding, "connection") is { Length: > 0 } target ? target : name;

    /// <summary>The flow's logical connections first, then the configured connections no binding uses yet.</summary>
    public static IReadOnlyList<ConnectionChoice> Choices(JsonObject document, ConnectorDirectory directory)
    {
        var choices = new List<ConnectionChoice>();
        var bound = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, node) in document["connections"] as JsonObject ?? [])
        {
            var binding = node as JsonObject ?? [];
            var connector = JsonFields.Text(binding, "connector");
            var target = Target(name, binding);
            bound.Add(name);
            bound.Add(target);
            var state = !directory.IsKnown || directory.Connection(target) is not null ? $"connection {target}" : $"'{target}' is not configured";
            choices.Add(new ConnectionChoice(name, connector, $"{connector ?? "no connector"} · {state}"));
        }

        foreach (var configured in directory.Connections.Where(c => !bound.Contains(c.Name)))
        {
            choices.Add(new ConnectionChoice(configured.Name, configured.Connector, $"{configured.Connector} · not used by this flow yet: picking it adds it"));
        }

        return choices;
    }

    /// <summary>Declares a configured connection under its own name (the binding's <c>connection</c> then defaults to it).</summary>
    public static void Declare(JsonObject document, ConfiguredConnection configured)
    {
        if (document["connections"] is not JsonObject connections)
        {
            connections = [];
            document["connections"] = connections;
        }

        connections[configured.Name] = new JsonObject { ["connector"] = configured.Connector };
    }
}
