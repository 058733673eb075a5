using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using IntegrationHub.Connectors.Http.Internal;
using IntegrationHub.Connectors.Http.Webhooks;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Http.Operations;

/// <summary>Posts a JSON event signed with HMAC-SHA256.</summary>
[Operation("sendWebhook", Description = "Posts a JSON event signed with HMAC-SHA256 (X-Hub-Signature over timestamp and body, X-Hub-Timestamp, X-Hub-Event, X-Hub-Delivery).")]
internal sealed class SendWebhookOperation(HttpCaller caller) : ConnectorOperation<HttpConnectorSettings, SendWebhookInput, SendWebhookOutput>
{
    public override async Task<SendWebhookOutput> ExecuteAsync(OperationContext context, HttpConnectorSettings settings, SendWebhookInput input, CancellationToken cancellationToken)
    {
        HttpCaller.Validate(settings);
        if (string.IsNullOrEmpty(settings.WebhookSecret))
        {
            throw new ConnectorConfigurationException("Setting webhookSecret is required to send signed webhooks.");
        }

        var body = Encoding.UTF8.GetBytes(input.Payload.ToJsonString());
        var timestamp = context.TimeProvider.GetUtcNow().ToUnixTimeSeconds();
        var delivery = context.IdempotencyKey ?? Guid.NewGuid().ToString("N");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [WebhookSignature.TimestampHeader] = timestamp.ToString(CultureInfo.InvariantCulture),
            [WebhookSignature.SignatureHeader] = WebhookSignature.Sign(settings.WebhookSecret, timestamp, body),
            [WebhookSignature.EventHeader] = input.EventType,
            [WebhookSignature.DeliveryHeader] = delivery,
        };
        var uri = HttpCaller.BuildUri(settings, input.Path, []);
        var (response, text) = await caller.SendAsync(
            context,
            settings,
            HttpMethod.Post,
            uri,
            headers,
            () => new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } } },
            cancellationToken).ConfigureAwait(false);
        using (response)
        {
            HttpCaller.ThrowIfFailed(response, context, HttpCaller.Describe(HttpMethod.Post, uri), text);
            return new SendWebhookOutput { DeliveryId = delivery, StatusCode = (int)response.StatusCode };
        }
    }
}
