namespace IntegrationHub.Connectors.Sdk;

/// <summary>What kind of failure an error is; the runtime retries only <see cref="Transient"/> errors automatically.</summary>
public enum ErrorCategory
{
    /// <summary>Our bug or configuration (wrong settings, blocked address, unexpected exception). Serialized as <c>platform</c>.</summary>
    Platform = 0,

    /// <summary>Network failure, timeout, 5xx or 429; retrying may succeed (honour <see cref="ConnectorException.RetryAfter"/>). Serialized as <c>transient</c>.</summary>
    Transient = 1,

    /// <summary>The data is wrong: schema, mapping or a 4xx validation answer. Serialized as <c>dataQuality</c>.</summary>
    DataQuality = 2,

    /// <summary>A trading partner or target system rejected the request. Serialized as <c>partner</c>.</summary>
    Partner = 3,

    /// <summary>A business rule refused it (credit hold, price mismatch, unknown customer). Serialized as <c>business</c>.</summary>
    Business = 4,
}
