namespace IntegrationHub.Connectors.Sdk.Testing;

/// <summary>Hands out clients over the harness's recording, SSRF-guarded handler.</summary>
internal sealed class HarnessHttpClientFactory(HttpMessageHandler handler) : IConnectorHttpClientFactory
{
    public HttpClient CreateClient() => new(handler, disposeHandler: false);
}
