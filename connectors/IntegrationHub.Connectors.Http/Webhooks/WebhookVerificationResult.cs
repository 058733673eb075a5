namespace IntegrationHub.Connectors.Http.Webhooks;

/// <summary>The outcome of verifying an inbound signed webhook.</summary>
public enum WebhookVerificationResult
{
    /// <summary>The signature matches and the timestamp is within tolerance.</summary>
    Valid = 0,

    /// <summary>The signature or timestamp header is missing.</summary>
    Missing = 1,

    /// <summary>The timestamp is not a Unix time in seconds.</summary>
    InvalidTimestamp = 2,

    /// <summary>The timestamp is outside the tolerance: possibly a replay.</summary>
    StaleTimestamp = 3,

    /// <summary>The signature does not match the body.</summary>
    InvalidSignature = 4,
}
