namespace IntegrationHub.Designer.Editor.Calls;

/// <summary>A connection configured in the hub, as the flow editor needs it: its name and its connector, nothing of its settings.</summary>
/// <param name="Name">The name bindings refer to.</param>
/// <param name="Connector">The connector it belongs to.</param>
public sealed record ConfiguredConnection(string Name, string Connector);
