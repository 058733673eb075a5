using System.ComponentModel;
using System.Text.Json.Nodes;

namespace IntegrationHub.Connectors.Http;

/// <summary>An outbound webhook signed with HMAC-SHA256 (see <see cref="Webhooks.WebhookSignature"/>).</summary>
public sealed class SendWebhookInput
{
    /// <summary>Gets the path relative to the base URL.</summary>
    [Description("Path relative to the base URL.")]
    public string Path { get; init; } = string.Empty;

    /// <summary>Gets the event type, sent as X-Hub-Event.</summary>
    [Description("Event type, sent in the X-Hub-Event header.")]
    public required string EventType { get; init; }

    /// <summary>Gets the JSON payload.</summary>
    [Description("JSON payload.")]
    public required JsonNode Payload { get; init; }
}
