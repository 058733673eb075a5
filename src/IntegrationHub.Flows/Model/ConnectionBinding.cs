namespace IntegrationHub.Flows.Model;

/// <summary>Binds a flow's logical connection name to a connector and a configured connection.</summary>
/// <param name="Connector">Connector name, e.g. <c>sandbox</c> or <c>tryton</c>.</param>
/// <param name="Connection">Configured connection name in the hub.</param>
public sealed record ConnectionBinding(string Connector, string Connection);
