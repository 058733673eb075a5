using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Designer;

namespace IntegrationHub.Designer.Editor.Calls;

/// <summary>
/// What a call step's <c>connection</c> leads to, resolved the way the runtime does it: the flow's binding gives the
/// connector and the configured connection (by default the logical name), which must exist and belong to that connector.
/// </summary>
/// <param name="Name">The step's connection (a logical name of the flow).</param>
/// <param name="IsDeclared">Whether the flow declares it under <c>connections</c>.</param>
/// <param name="ConfiguredName">The configured connection runs will use.</param>
/// <param name="ConnectorName">The connector, from the binding (else from the configured connection), if known.</param>
/// <param name="Connector">The installed connector, whose operations the step can call.</param>
/// <param name="Warnings">What will make runs fail although the flow is valid, worded for the analyst.</param>
public sealed record CallConnection(string Name, bool IsDeclared, string ConfiguredName, string? ConnectorName, ConnectorInfo? Connector, IReadOnlyList<string> Warnings)
{
    /// <summary>Resolves a step's connection against the flow and the hub.</summary>
    /// <param name="document">The flow.</param>
    /// <param name="name">The step's <c>connection</c>.</param>
    /// <param name="directory">The hub's connections and connectors.</param>
    public static CallConnection Resolve(JsonObject document, string? name, ConnectorDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(directory);
        name ??= string.Empty;
        var binding = FlowConnections.Binding(document, name);
        var target = binding is null ? name : FlowConnections.Target(name, binding);
        var configured = directory.Connection(target);
        var connectorName = binding is null ? configured?.Connector : JsonFields.Text(binding, "connector");
        var connector = directory.Connector(connectorName);
        var warnings = new List<string>();
        if (name.Length > 0 && directory.IsKnown)
        {
            if (configured is null)
            {
                var via = target == name ? string.Empty : $" (the flow binds '{name}' to it)";
                warnings.Add($"No connection named '{target}' is configured{via}. A flow may name it before it exists, but its runs fail until an administrator creates it under Connections.");
            }
            else if (connectorName is not null && !string.Equals(configured.Connector, connectorName, StringComparison.OrdinalIgnoreCase))
            {
                warnings.Add($"'{target}' is a {configured.Connector} connection, but the flow binds '{name}' to connector '{connectorName}': runs fail until they agree.");
            }

            if (connectorName is { Length: > 0 } && connector is null)
            {
                warnings.Add($"Connector '{connectorName}' is not installed in this hub, so its operations are unknown: type the operation's name.");
            }
        }

        return new CallConnection(name, binding is not null, target, connectorName, connector, warnings);
    }
}
