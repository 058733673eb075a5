using System.Net;
using IntegrationHub.Connectors.Http.Internal;
using IntegrationHub.Connectors.Http.Operations;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Http;

/// <summary>The HTTP / REST / SaaS connector's entry type.</summary>
[Connector("http", "1.0.0", DisplayName = "HTTP / REST", Description = "Calls REST APIs and SaaS apps: templated requests, API key / basic / bearer / OAuth2 client credentials, pagination and signed webhooks.")]
public sealed class HttpConnector : ConnectorModule<HttpConnectorSettings>
{
    private readonly HttpCaller _caller = new(new OAuthTokenCache());

    /// <inheritdoc />
    public override IEnumerable<IConnectorOperation> CreateOperations() =>
    [
        new RequestOperation(_caller),
        new RequestPagedOperation(_caller),
        new SendWebhookOperation(_caller),
    ];

    /// <inheritdoc />
    public override async Task<ConnectionTestResult> TestConnectionAsync(OperationContext context, HttpConnectorSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        try
        {
            HttpCaller.Validate(settings);
            var uri = HttpCaller.BuildUri(settings, settings.TestPath, []);
            var (response, _) = await _caller.SendAsync(context, settings, HttpMethod.Get, uri, null, static () => null, cancellationToken).ConfigureAwait(false);
            using (response)
            {
                var status = (int)response.StatusCode;
                return response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden || status >= 500
                    ? ConnectionTestResult.Failure($"GET {uri.GetLeftPart(UriPartial.Path)} answered {status} {response.ReasonPhrase}.")
                    : ConnectionTestResult.Success($"GET {uri.GetLeftPart(UriPartial.Path)} answered {status} {response.ReasonPhrase}.");
            }
        }
        catch (ConnectorException ex)
        {
            return ConnectionTestResult.Failure(ex.Message);
        }
    }
}
