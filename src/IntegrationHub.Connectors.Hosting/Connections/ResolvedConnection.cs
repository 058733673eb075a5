using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Hosting.Invocation;

namespace IntegrationHub.Connectors.Hosting.Connections;

/// <summary>A connection with its secrets decrypted, for the runtime to invoke operations. Never serialize or log it.</summary>
public sealed class ResolvedConnection
{
    internal ResolvedConnection(Guid id, string name, string connector, JsonObject settings, IReadOnlyList<string> allowedHosts)
    {
        Id = id;
        Name = name;
        Connector = connector;
        Settings = settings;
        AllowedHosts = allowedHosts;
    }

    /// <summary>Gets the id.</summary>
    public Guid Id { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the connector name.</summary>
    public string Connector { get; }

    /// <summary>Gets the full settings, secrets in clear.</summary>
    public JsonObject Settings { get; }

    /// <summary>Gets the SSRF allow-list.</summary>
    public IReadOnlyList<string> AllowedHosts { get; }

    /// <summary>Creates the invocation context of a call on this connection.</summary>
    /// <param name="correlationId">The run's correlation id.</param>
    /// <param name="idempotencyKey">The step's idempotency key.</param>
    /// <returns>The context.</returns>
    public ConnectorInvocationContext CreateInvocationContext(string correlationId, string? idempotencyKey = null) => new()
    {
        CorrelationId = correlationId,
        IdempotencyKey = idempotencyKey,
        ConnectionId = Id.ToString("N"),
        AllowedHosts = AllowedHosts,
    };

    /// <inheritdoc />
    /// <summary>A copy with its own settings object, for callers that may change what they were handed.</summary>
    internal ResolvedConnection Copy() => new(Id, Name, Connector, Settings.DeepClone().AsObject(), AllowedHosts);

    public override string ToString() => $"Connection {Name} ({Connector}, settings not shown)";
}
