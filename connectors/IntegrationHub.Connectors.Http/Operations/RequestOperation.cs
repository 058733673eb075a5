using System.Text;
using IntegrationHub.Connectors.Http.Internal;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Http.Operations;

/// <summary>Sends one templated REST request.</summary>
[Operation("request", Description = "Sends one REST request with templated path, query, headers and JSON body; 2xx returns the response, other statuses fail with a category.")]
internal sealed class RequestOperation(HttpCaller caller) : ConnectorOperation<HttpConnectorSettings, HttpRequestInput, HttpResponseOutput>
{
    public override async Task<HttpResponseOutput> ExecuteAsync(OperationContext context, HttpConnectorSettings settings, HttpRequestInput input, CancellationToken cancellationToken)
    {
        HttpCaller.Validate(settings);
        var method = HttpCaller.ParseMethod(input.Method);
        var uri = HttpCaller.BuildUri(
            settings,
            RequestTemplate.Render(input.Path, input.Parameters, "path", Uri.EscapeDataString),
            (input.Query ?? []).Select(q => KeyValuePair.Create(q.Key, RequestTemplate.Render(q.Value, input.Parameters, $"query.{q.Key}"))));
        var headers = (input.Headers ?? []).ToDictionary(h => h.Key, h => RequestTemplate.Render(h.Value, input.Parameters, $"headers.{h.Key}"), StringComparer.OrdinalIgnoreCase);
        var body = RequestTemplate.RenderBody(input.Body, input.Parameters)?.ToJsonString();
        var (response, text) = await caller.SendAsync(
            context,
            settings,
            method,
            uri,
            headers,
            () => body is null ? null : new StringContent(body, Encoding.UTF8, "application/json"),
            cancellationToken).ConfigureAwait(false);
        using (response)
        {
            HttpCaller.ThrowIfFailed(response, context, HttpCaller.Describe(method, uri), text);
            return HttpCaller.ToOutput(response, text);
        }
    }
}
