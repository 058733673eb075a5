namespace IntegrationHub.Connectors.Sdk;

/// <summary>Creates HTTP clients whose connections pass the SSRF guard of the current connection.</summary>
public interface IConnectorHttpClientFactory
{
    /// <summary>Creates a client. Dispose it when done; the underlying connection pool is shared and survives.</summary>
    /// <remarks>
    /// Requests to loopback, link-local, private and cloud-metadata addresses fail with
    /// <see cref="OutboundRequestBlockedException"/> unless the connection's allow-list names them; the address is
    /// checked after DNS resolution, at connect time. Redirects are not followed automatically.
    /// </remarks>
    /// <returns>A new client.</returns>
    HttpClient CreateClient();
}
