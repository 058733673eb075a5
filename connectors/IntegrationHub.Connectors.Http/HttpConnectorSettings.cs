using System.ComponentModel;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Http;

/// <summary>Connection settings of the HTTP connector.</summary>
[Description("Connection to a REST API.")]
public sealed class HttpConnectorSettings
{
    /// <summary>Gets the base URL request paths are relative to.</summary>
    [Description("Base URL, for example https://api.example.com/v2/.")]
    public required Uri BaseUrl { get; init; }

    /// <summary>Gets the authentication type.</summary>
    [Description("How requests authenticate.")]
    public HttpAuthType Auth { get; init; } = HttpAuthType.None;

    /// <summary>Gets the header or query parameter name of the API key.</summary>
    [Description("Header or query parameter carrying the API key.")]
    public string ApiKeyName { get; init; } = "X-Api-Key";

    /// <summary>Gets where the API key goes.</summary>
    [Description("Where the API key goes.")]
    public ApiKeyLocation ApiKeyLocation { get; init; } = ApiKeyLocation.Header;

    /// <summary>Gets the API key.</summary>
    [Secret]
    [Description("API key.")]
    public string? ApiKey { get; init; }

    /// <summary>Gets the basic-auth user name.</summary>
    [Description("User name for basic authentication.")]
    public string? Username { get; init; }

    /// <summary>Gets the basic-auth password.</summary>
    [Secret]
    [Description("Password for basic authentication.")]
    public string? Password { get; init; }

    /// <summary>Gets the static bearer token.</summary>
    [Secret]
    [Description("Static bearer token.")]
    public string? BearerToken { get; init; }

    /// <summary>Gets the OAuth2 token endpoint.</summary>
    [Description("OAuth2 token endpoint (client credentials grant).")]
    public Uri? TokenUrl { get; init; }

    /// <summary>Gets the OAuth2 client id.</summary>
    [Description("OAuth2 client id.")]
    public string? ClientId { get; init; }

    /// <summary>Gets the OAuth2 client secret.</summary>
    [Secret]
    [Description("OAuth2 client secret.")]
    public string? ClientSecret { get; init; }

    /// <summary>Gets the OAuth2 scope.</summary>
    [Description("OAuth2 scope (space separated).")]
    public string? Scope { get; init; }

    /// <summary>Gets the headers sent with every request.</summary>
    [Description("Headers sent with every request.")]
    public Dictionary<string, string>? DefaultHeaders { get; init; }

    /// <summary>Gets the timeout of one request in seconds.</summary>
    [Description("Timeout of one request in seconds (1-600).")]
    public int TimeoutSeconds { get; init; } = 30;

    /// <summary>Gets the shared secret outbound webhooks are signed with.</summary>
    [Secret]
    [Description("Shared secret for HMAC-SHA256 webhook signatures.")]
    public string? WebhookSecret { get; init; }

    /// <summary>Gets the path the connection test calls with GET.</summary>
    [Description("Path the connection test calls with GET; relative to the base URL.")]
    public string TestPath { get; init; } = string.Empty;
}
