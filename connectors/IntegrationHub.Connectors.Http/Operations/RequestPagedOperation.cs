using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IntegrationHub.Connectors.Http.Internal;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Http.Operations;

/// <summary>Reads a paged collection (Link header, cursor or page number) and returns the items of up to MaxPages pages.</summary>
[Operation("requestPaged", Description = "Reads a paged REST collection (Link header, cursor or page number) and returns the items; continue with nextPageToken.", Idempotent = true, Pageable = true)]
internal sealed partial class RequestPagedOperation(HttpCaller caller) : ConnectorOperation<HttpConnectorSettings, PagedHttpRequestInput, PagedHttpResponseOutput>
{
    public override async Task<PagedHttpResponseOutput> ExecuteAsync(OperationContext context, HttpConnectorSettings settings, PagedHttpRequestInput input, CancellationToken cancellationToken)
    {
        HttpCaller.Validate(settings);
        if (input.MaxPages is < 1 or > 1000)
        {
            throw new ConnectorException(ErrorCategory.DataQuality, $"Input maxPages is {input.MaxPages}; it must be between 1 and 1000.", "invalid_input");
        }

        var method = HttpCaller.ParseMethod(input.Method);
        var pagination = input.Pagination;
        var path = RequestTemplate.Render(input.Path, input.Parameters, "path", Uri.EscapeDataString);
        var query = (input.Query ?? []).Select(q => KeyValuePair.Create(q.Key, RequestTemplate.Render(q.Value, input.Parameters, $"query.{q.Key}"))).ToList();
        var headers = (input.Headers ?? []).ToDictionary(h => h.Key, h => RequestTemplate.Render(h.Value, input.Parameters, $"headers.{h.Key}"), StringComparer.OrdinalIgnoreCase);
        var items = new JsonArray();
        var token = input.PageToken;
        var pages = 0;
        while (pages < input.MaxPages)
        {
            var uri = PageUri(settings, pagination, path, query, token);
            var (response, text) = await caller.SendAsync(context, settings, method, uri, headers, static () => null, cancellationToken).ConfigureAwait(false);
            using (response)
            {
                HttpCaller.ThrowIfFailed(response, context, HttpCaller.Describe(method, uri), text);
                pages++;
                var body = HttpCaller.ParseBody(response, text);
                if (RequestTemplate.Select(body, pagination.ItemsPath) is not JsonArray pageItems)
                {
                    throw new ConnectorException(ErrorCategory.Partner, $"{HttpCaller.Describe(method, uri)} answered without an items array at '{(pagination.ItemsPath.Length == 0 ? "(body)" : pagination.ItemsPath)}'.", "invalid_page");
                }

                foreach (var item in pageItems)
                {
                    items.Add(item?.DeepClone());
                }

                token = NextToken(settings, pagination, uri, response, body, pageItems, token);
            }

            if (token is null)
            {
                break;
            }
        }

        return new PagedHttpResponseOutput { Items = items, Pages = pages, NextPageToken = token };
    }

    private static Uri PageUri(HttpConnectorSettings settings, PaginationOptions pagination, string path, List<KeyValuePair<string, string>> query, string? token)
    {
        switch (pagination.Mode)
        {
            case PaginationMode.LinkHeader when token is not null:
                return SameOrigin(settings, token, "page token");
            case PaginationMode.Cursor when token is not null:
                return HttpCaller.BuildUri(settings, path, [.. query, KeyValuePair.Create(pagination.CursorParameter, token)]);
            case PaginationMode.PageNumber:
                var page = token is null ? pagination.FirstPage : ParsePage(token);
                return HttpCaller.BuildUri(settings, path, [.. query, KeyValuePair.Create(pagination.PageParameter, page.ToString(CultureInfo.InvariantCulture))]);
            default:
                return HttpCaller.BuildUri(settings, path, query);
        }
    }

    private static string? NextToken(HttpConnectorSettings settings, PaginationOptions pagination, Uri current, HttpResponseMessage response, JsonNode? body, JsonArray pageItems, string? token)
    {
        switch (pagination.Mode)
        {
            case PaginationMode.LinkHeader:
                foreach (var link in response.Headers.TryGetValues("Link", out var values) ? values : [])
                {
                    foreach (Match match in LinkPattern().Matches(link))
                    {
                        if (match.Groups[2].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("next", StringComparer.OrdinalIgnoreCase))
                        {
                            // Never follow a link to another host: the request would carry our credentials there.
                            return SameOrigin(settings, new Uri(current, match.Groups[1].Value).AbsoluteUri, "Link header").AbsoluteUri;
                        }
                    }
                }

                return null;
            case PaginationMode.Cursor:
                var cursor = RequestTemplate.Select(body, pagination.CursorPath);
                var text = cursor is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : cursor?.ToJsonString();
                return string.IsNullOrEmpty(text) || text == "null" ? null : text;
            default:
                return pageItems.Count == 0 ? null : ((token is null ? pagination.FirstPage : ParsePage(token)) + 1).ToString(CultureInfo.InvariantCulture);
        }
    }

    private static Uri SameOrigin(HttpConnectorSettings settings, string url, string what)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != settings.BaseUrl.Scheme || uri.Authority != settings.BaseUrl.Authority)
        {
            throw new ConnectorException(ErrorCategory.Partner, $"The {what} points to '{url}', which is not on the base URL's host {settings.BaseUrl.Authority}.", "invalid_page_link");
        }

        return uri;
    }

    private static int ParsePage(string token) =>
        int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var page)
            ? page
            : throw new ConnectorException(ErrorCategory.DataQuality, $"Page token '{token}' is not a page number.", "invalid_page_token");

    [GeneratedRegex(@"<([^>]*)>\s*(?:;[^;,]*?)*?;\s*rel=""?([^"";,]+)""?", RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();
}
