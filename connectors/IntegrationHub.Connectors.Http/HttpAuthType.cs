namespace IntegrationHub.Connectors.Http;

/// <summary>How requests authenticate.</summary>
public enum HttpAuthType
{
    /// <summary>No authentication.</summary>
    None = 0,

    /// <summary>An API key in a header or query parameter.</summary>
    ApiKey = 1,

    /// <summary>HTTP basic authentication.</summary>
    Basic = 2,

    /// <summary>A static bearer token.</summary>
    Bearer = 3,

    /// <summary>OAuth2 client credentials; tokens are cached until shortly before they expire and fetched again on 401.</summary>
    OAuth2ClientCredentials = 4,
}
