using System.ComponentModel;

namespace IntegrationHub.Connectors.Http;

/// <summary>The outcome of a delivered webhook.</summary>
public sealed class SendWebhookOutput
{
    /// <summary>Gets the delivery id (the idempotency key when there is one), sent as X-Hub-Delivery.</summary>
    [Description("Delivery id, sent in X-Hub-Delivery; receivers deduplicate on it.")]
    public required string DeliveryId { get; init; }

    /// <summary>Gets the receiver's status code.</summary>
    [Description("Receiver's HTTP status code.")]
    public required int StatusCode { get; init; }
}
