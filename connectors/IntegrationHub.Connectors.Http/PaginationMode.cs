namespace IntegrationHub.Connectors.Http;

/// <summary>How the API pages results.</summary>
public enum PaginationMode
{
    /// <summary>RFC 8288 <c>Link: &lt;…&gt;; rel="next"</c> header.</summary>
    LinkHeader = 0,

    /// <summary>A cursor in the response body sent back as a query parameter.</summary>
    Cursor = 1,

    /// <summary>A page number query parameter; an empty page ends.</summary>
    PageNumber = 2,
}
