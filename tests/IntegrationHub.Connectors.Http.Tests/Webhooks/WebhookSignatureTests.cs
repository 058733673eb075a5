using System.Text;
using IntegrationHub.Connectors.Http.Webhooks;
using IntegrationHub.Connectors.Sdk.Testing;
using IntegrationHub.TestUtils.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace IntegrationHub.Connectors.Http.Tests.Webhooks;

public sealed class WebhookSignatureTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"order\":\"SO-1\"}");

    [Fact]
    public void Verify_SignedNow_Valid()
    {
        var timestamp = Now.ToUnixTimeSeconds();
        var signature = WebhookSignature.Sign("whsec-1", timestamp, Body);

        Assert.Equal(WebhookVerificationResult.Valid, WebhookSignature.Verify("whsec-1", Body, signature, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture), Now));
    }

    [Fact]
    public void Verify_StaleTimestamp_Rejected()
    {
        var timestamp = Now.AddMinutes(-6).ToUnixTimeSeconds();
        var signature = WebhookSignature.Sign("whsec-1", timestamp, Body);

        Assert.Equal(WebhookVerificationResult.StaleTimestamp, WebhookSignature.Verify("whsec-1", Body, signature, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture), Now));
    }

    [Fact]
    public void Verify_TamperedBodyOrWrongSecret_InvalidSignature()
    {
        var timestamp = Now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = WebhookSignature.Sign("whsec-1", Now.ToUnixTimeSeconds(), Body);

        Assert.Equal(WebhookVerificationResult.InvalidSignature, WebhookSignature.Verify("whsec-1", Encoding.UTF8.GetBytes("{\"order\":\"SO-2\"}"), signature, timestamp, Now));
        Assert.Equal(WebhookVerificationResult.InvalidSignature, WebhookSignature.Verify("whsec-2", Body, signature, timestamp, Now));
        Assert.Equal(WebhookVerificationResult.InvalidSignature, WebhookSignature.Verify("whsec-1", Body, "sha256=zz", timestamp, Now));
        Assert.Equal(WebhookVerificationResult.Missing, WebhookSignature.Verify("whsec-1", Body, null, timestamp, Now));
        Assert.Equal(WebhookVerificationResult.InvalidTimestamp, WebhookSignature.Verify("whsec-1", Body, signature, "yesterday", Now));
    }

    [Fact]
    public async Task SendWebhook_ReceiverVerifies_Valid()
    {
        using var harness = new ConnectorTestHarness(new HttpConnector());
        WebhookVerificationResult? verdict = null;
        await using var server = await LoopbackServer.StartAsync(app => app.MapPost("/hooks", async (HttpContext http) =>
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer);
            verdict = WebhookSignature.Verify("whsec-1", buffer.ToArray(), http.Request.Headers[WebhookSignature.SignatureHeader], http.Request.Headers[WebhookSignature.TimestampHeader], harness.Time.GetUtcNow());
            return Results.Accepted();
        }));
        var settings = new HttpConnectorSettings { BaseUrl = server.BaseUri, WebhookSecret = "whsec-1" };

        var output = await harness.RunAsync<SendWebhookOutput>("sendWebhook", settings, new SendWebhookInput { Path = "hooks", EventType = "order.accepted", Payload = new System.Text.Json.Nodes.JsonObject { ["order"] = "SO-1" } }, idempotencyKey: "run-1/step-2");

        Assert.Equal(WebhookVerificationResult.Valid, verdict);
        Assert.Equal(202, output.StatusCode);
        Assert.Equal("run-1/step-2", output.DeliveryId);
        Assert.Equal("order.accepted", harness.Http.Exchanges.Single().RequestHeaders[WebhookSignature.EventHeader]);
    }
}
