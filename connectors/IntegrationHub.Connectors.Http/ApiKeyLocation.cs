namespace IntegrationHub.Connectors.Http;

/// <summary>Where the API key goes.</summary>
public enum ApiKeyLocation
{
    /// <summary>In a request header.</summary>
    Header = 0,

    /// <summary>In a query parameter.</summary>
    Query = 1,
}
