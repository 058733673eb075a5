using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Http.Internal;

/// <summary>Sends authenticated requests for a connection and maps failures to error categories.</summary>
internal sealed class HttpCaller(OAuthTokenCache tokens)
{
    private const int MaxBodyInMessage = 500;

    public static void Validate(HttpConnectorSettings settings)
    {
        if (!settings.BaseUrl.IsAbsoluteUri || (settings.BaseUrl.Scheme != Uri.UriSchemeHttp && settings.BaseUrl.Scheme != Uri.UriSchemeHttps))
        {
            throw new ConnectorConfigurationException($"Setting baseUrl '{settings.BaseUrl}' must be an absolute http or https URL.");
        }

        if (settings.TimeoutSeconds is < 1 or > 600)
        {
            throw new ConnectorConfigurationException($"Setting timeoutSeconds is {settings.TimeoutSeconds}; it must be between 1 and 600.");
        }

        static void Require(bool present, string setting, HttpAuthType auth)
        {
            if (!present)
            {
                throw new ConnectorConfigurationException($"Setting {setting} is required when auth is {auth}.");
            }
        }

        switch (settings.Auth)
        {
            case HttpAuthType.ApiKey:
                Require(!string.IsNullOrEmpty(settings.ApiKey), "apiKey", settings.Auth);
                Require(!string.IsNullOrWhiteSpace(settings.ApiKeyName), "apiKeyName", settings.Auth);
                break;
            case HttpAuthType.Basic:
                Require(!string.IsNullOrEmpty(settings.Username), "username", settings.Auth);
                Require(settings.Password is not null, "password", settings.Auth);
                break;
            case HttpAuthType.Bearer:
                Require(!string.IsNullOrEmpty(settings.BearerToken), "bearerToken", settings.Auth);
                break;
            case HttpAuthType.OAuth2ClientCredentials:
                Require(settings.TokenUrl is { IsAbsoluteUri: true }, "tokenUrl (absolute URL)", settings.Auth);
                Require(!string.IsNullOrEmpty(settings.ClientId), "clientId", settings.Auth);
                Require(!string.IsNullOrEmpty(settings.ClientSecret), "clientSecret", settings.Auth);
                break;
        }
    }

    public static Uri BuildUri(HttpConnectorSettings settings, string path, IEnumerable<KeyValuePair<string, string>> query)
    {
        var baseText = settings.BaseUrl.AbsoluteUri;
        var baseUri = new Uri(baseText.EndsWith('/') ? baseText : baseText + "/");
        if (!Uri.TryCreate(baseUri, path.TrimStart('/'), out var uri) || uri.Scheme != baseUri.Scheme || uri.Authority != baseUri.Authority)
        {
            throw new ConnectorException(ErrorCategory.DataQuality, $"Path '{path}' does not stay on the base URL's host {baseUri.Authority}.", "invalid_path");
        }

        var builder = new StringBuilder(uri.Query.Length > 0 ? uri.Query[1..] : string.Empty);
        foreach (var (name, value) in query)
        {
            builder.Append(builder.Length > 0 ? "&" : string.Empty).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        }

        return new UriBuilder(uri) { Query = builder.ToString() }.Uri;
    }

    public async Task<(HttpResponseMessage Response, string Body)> SendAsync(
        OperationContext context,
        HttpConnectorSettings settings,
        HttpMethod method,
        Uri uri,
        IReadOnlyDictionary<string, string>? headers,
        Func<HttpContent?> content,
        CancellationToken cancellationToken)
    {
        using var client = context.HttpClientFactory.CreateClient();
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, uri) { Content = content() };
            foreach (var (name, value) in (settings.DefaultHeaders ?? []).Concat(headers ?? new Dictionary<string, string>()))
            {
                if (!request.Headers.TryAddWithoutValidation(name, value) && request.Content is not null)
                {
                    request.Content.Headers.Remove(name);
                    request.Content.Headers.TryAddWithoutValidation(name, value);
                }
            }

            request.Headers.TryAddWithoutValidation("X-Correlation-Id", context.CorrelationId);
            if (context.IdempotencyKey is { } key && !request.Headers.Contains("Idempotency-Key"))
            {
                request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
            }

            var token = await AuthenticateAsync(request, context, settings, client, cancellationToken).ConfigureAwait(false);
            var (response, body) = await SendRawAsync(request, settings, client, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.Unauthorized && token is not null && attempt == 0)
            {
                // The cached token was revoked or expired early: fetch a fresh one and try once more.
                tokens.Invalidate(settings, token);
                response.Dispose();
                continue;
            }

            return (response, body);
        }
    }

    public static async Task<(HttpResponseMessage Response, string Body)> SendRawAsync(HttpRequestMessage request, HttpConnectorSettings settings, HttpClient client, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
        var target = request.RequestUri!.GetLeftPart(UriPartial.Path);
        try
        {
            var response = await client.SendAsync(request, timeout.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            return (response, body);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ConnectorException(ErrorCategory.Transient, $"{request.Method} {target} timed out after {settings.TimeoutSeconds} s.", "timeout", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new ConnectorException(ErrorCategory.Transient, $"{request.Method} {target} failed: {ex.Message}", "network", ex);
        }
    }

    public static void ThrowIfFailed(HttpResponseMessage response, OperationContext context, string what, string? body = null)
    {
        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300)
        {
            return;
        }

        var detail = string.IsNullOrWhiteSpace(body) ? string.Empty : $": {(body.Length > MaxBodyInMessage ? body[..MaxBodyInMessage] + "…" : body)}";
        var message = $"{what} answered {status} {response.ReasonPhrase}{detail}";
        var code = $"http_{status}";
        throw status switch
        {
            408 or 425 or 429 or >= 500 => new ConnectorException(ErrorCategory.Transient, message, code) { RetryAfter = RetryAfter(response, context.TimeProvider) },
            401 or 403 => new ConnectorAuthenticationException(message),
            400 or 422 => new ConnectorException(ErrorCategory.DataQuality, message, code),
            >= 300 and < 400 => new ConnectorException(ErrorCategory.Partner, $"{message} (redirect to '{response.Headers.Location}' not followed)", code),
            _ => new ConnectorException(ErrorCategory.Partner, message, code),
        };
    }

    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider timeProvider)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - timeProvider.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    public static HttpResponseOutput ToOutput(HttpResponseMessage response, string body)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Headers.Concat(response.Content.Headers))
        {
            headers[header.Key] = string.Join(", ", header.Value);
        }

        return new HttpResponseOutput { StatusCode = (int)response.StatusCode, Headers = headers, Body = ParseBody(response, body) };
    }

    public static JsonNode? ParseBody(HttpResponseMessage response, string body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        if (response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            try
            {
                return JsonNode.Parse(body);
            }
            catch (JsonException ex)
            {
                throw new ConnectorException(ErrorCategory.Partner, $"{response.RequestMessage?.RequestUri?.GetLeftPart(UriPartial.Path)} answered with invalid JSON: {ex.Message}", "invalid_json", ex);
            }
        }

        return JsonValue.Create(body);
    }

    private async Task<string?> AuthenticateAsync(HttpRequestMessage request, OperationContext context, HttpConnectorSettings settings, HttpClient client, CancellationToken cancellationToken)
    {
        switch (settings.Auth)
        {
            case HttpAuthType.ApiKey when settings.ApiKeyLocation == ApiKeyLocation.Query:
                var uri = request.RequestUri!;
                var separator = uri.Query.Length > 1 ? "&" : string.Empty;
                request.RequestUri = new UriBuilder(uri) { Query = $"{uri.Query.TrimStart('?')}{separator}{Uri.EscapeDataString(settings.ApiKeyName)}={Uri.EscapeDataString(settings.ApiKey!)}" }.Uri;
                return null;
            case HttpAuthType.ApiKey:
                request.Headers.Remove(settings.ApiKeyName);
                request.Headers.TryAddWithoutValidation(settings.ApiKeyName, settings.ApiKey);
                return null;
            case HttpAuthType.Basic:
                var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.Username}:{settings.Password}"));
                request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);
                return null;
            case HttpAuthType.Bearer:
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.BearerToken);
                return null;
            case HttpAuthType.OAuth2ClientCredentials:
                var token = await tokens.GetTokenAsync(context, settings, client, cancellationToken).ConfigureAwait(false);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                return token;
            default:
                return null;
        }
    }

    public static HttpMethod ParseMethod(string method) => method?.ToUpperInvariant() switch
    {
        "GET" => HttpMethod.Get,
        "POST" => HttpMethod.Post,
        "PUT" => HttpMethod.Put,
        "PATCH" => HttpMethod.Patch,
        "DELETE" => HttpMethod.Delete,
        "HEAD" => HttpMethod.Head,
        _ => throw new ConnectorException(ErrorCategory.DataQuality, $"Input method '{method}' is not supported; use GET, POST, PUT, PATCH, DELETE or HEAD.", "invalid_method"),
    };

    public static string Describe(HttpMethod method, Uri uri) => string.Create(CultureInfo.InvariantCulture, $"{method} {uri.GetLeftPart(UriPartial.Path)}");
}
