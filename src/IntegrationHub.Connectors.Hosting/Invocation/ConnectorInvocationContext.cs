namespace IntegrationHub.Connectors.Hosting.Invocation;

/// <summary>Who is calling and under which rules.</summary>
public sealed record ConnectorInvocationContext
{
    /// <summary>Gets the correlation id of the run.</summary>
    public required string CorrelationId { get; init; }

    /// <summary>Gets the idempotency key (<c>{runId}/{stepPath}</c>); <see langword="null"/> outside a run.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>Gets the connection the call belongs to; it scopes the connector's state. <see langword="null"/> uses the connector's default scope.</summary>
    public string? ConnectionId { get; init; }

    /// <summary>Gets the connection's SSRF allow-list (see <see cref="Sdk.NetworkAccessPolicy"/>).</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];
}
