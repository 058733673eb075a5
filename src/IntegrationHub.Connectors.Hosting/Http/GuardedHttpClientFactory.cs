using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Hosting.Http;

/// <summary>Hands out clients over one shared SSRF-guarded handler.</summary>
internal sealed class GuardedHttpClientFactory(HttpMessageHandler handler, TimeSpan timeout) : IConnectorHttpClientFactory
{
    public HttpClient CreateClient() => new(handler, disposeHandler: false) { Timeout = timeout };
}
