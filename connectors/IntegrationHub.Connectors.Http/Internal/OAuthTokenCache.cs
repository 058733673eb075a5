using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Http.Internal;

/// <summary>Caches OAuth2 client-credentials tokens per (token URL, client, scope, secret) until shortly before expiry.</summary>
internal sealed class OAuthTokenCache
{
    /// <summary>Tokens are renewed this long before they expire, so a request never leaves with a token about to lapse.</summary>
    public static readonly TimeSpan ExpirySkew = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async Task<string> GetTokenAsync(OperationContext context, HttpConnectorSettings settings, HttpClient client, CancellationToken cancellationToken)
    {
        var entry = _entries.GetOrAdd(Key(settings), _ => new Entry());
        await entry.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = context.TimeProvider.GetUtcNow();
            if (entry.Token is { } token && now < entry.ExpiresAt - ExpirySkew)
            {
                return token;
            }

            (entry.Token, entry.ExpiresAt) = await FetchAsync(context, settings, client, now, cancellationToken).ConfigureAwait(false);
            return entry.Token;
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    public void Invalidate(HttpConnectorSettings settings, string token)
    {
        if (_entries.TryGetValue(Key(settings), out var entry) && entry.Token == token)
        {
            entry.Token = null;
        }
    }

    private static async Task<(string Token, DateTimeOffset ExpiresAt)> FetchAsync(OperationContext context, HttpConnectorSettings settings, HttpClient client, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials" };
        if (!string.IsNullOrWhiteSpace(settings.Scope))
        {
            form["scope"] = settings.Scope;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, settings.TokenUrl) { Content = new FormUrlEncodedContent(form) };
        // RFC 6749 §2.3.1: client_secret_basic, with both parts form-encoded first.
        var credentials = $"{Uri.EscapeDataString(settings.ClientId!)}:{Uri.EscapeDataString(settings.ClientSecret!)}";
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var (response, body) = await HttpCaller.SendRawAsync(request, settings, client, cancellationToken).ConfigureAwait(false);
        using (response)
        {
            if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                throw new ConnectorAuthenticationException($"The OAuth2 token endpoint {settings.TokenUrl} refused the client credentials of client '{settings.ClientId}' ({(int)response.StatusCode}).");
            }

            HttpCaller.ThrowIfFailed(response, context, $"OAuth2 token endpoint {settings.TokenUrl}");
            try
            {
                using var json = JsonDocument.Parse(body);
                var root = json.RootElement;
                var token = root.TryGetProperty("access_token", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                if (string.IsNullOrEmpty(token))
                {
                    throw new ConnectorException(ErrorCategory.Partner, $"The OAuth2 token endpoint {settings.TokenUrl} answered without an access_token.", "oauth_invalid_response");
                }

                var lifetime = root.TryGetProperty("expires_in", out var e) && e.TryGetInt32(out var seconds) && seconds > 0 ? seconds : 3600;
                return (token, now.AddSeconds(lifetime));
            }
            catch (JsonException ex)
            {
                throw new ConnectorException(ErrorCategory.Partner, $"The OAuth2 token endpoint {settings.TokenUrl} answered with invalid JSON: {ex.Message}", "oauth_invalid_response", ex);
            }
        }
    }

    private static string Key(HttpConnectorSettings settings) =>
        $"{settings.TokenUrl}\n{settings.ClientId}\n{settings.Scope}\n{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(settings.ClientSecret ?? string.Empty)))}";

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public string? Token { get; set; }

        public DateTimeOffset ExpiresAt { get; set; }
    }
}
