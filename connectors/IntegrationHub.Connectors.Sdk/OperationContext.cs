using Microsoft.Extensions.Logging;

namespace IntegrationHub.Connectors.Sdk;

/// <summary>Everything an operation may use besides its settings and input. Created by the host (or the test kit) per call.</summary>
public sealed class OperationContext
{
    /// <summary>Gets the name of the connector being called.</summary>
    public required string ConnectorName { get; init; }

    /// <summary>Gets the name of the operation being called.</summary>
    public required string OperationName { get; init; }

    /// <summary>Gets the idempotency key (<c>{runId}/{stepPath}</c> from the runtime); pass it to systems that deduplicate. <see langword="null"/> outside a run.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>Gets the correlation id of the run; send it along (for example as a header) so partners can trace it.</summary>
    public required string CorrelationId { get; init; }

    /// <summary>Gets the token that cancels the call (shutdown, run cancelled, per-attempt timeout).</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>Gets the logger; secret values are redacted from what it writes, but never log them on purpose.</summary>
    public required ILogger Logger { get; init; }

    /// <summary>Gets the clock; use it instead of <see cref="DateTimeOffset.UtcNow"/>.</summary>
    public required TimeProvider TimeProvider { get; init; }

    /// <summary>Gets the factory of SSRF-guarded HTTP clients.</summary>
    public required IConnectorHttpClientFactory HttpClientFactory { get; init; }

    /// <summary>Gets the durable state of this connector and connection.</summary>
    public required IConnectorStateStore State { get; init; }
}
