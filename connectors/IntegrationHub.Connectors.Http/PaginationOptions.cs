using System.ComponentModel;

namespace IntegrationHub.Connectors.Http;

/// <summary>How to follow pages.</summary>
public sealed class PaginationOptions
{
    /// <summary>Gets the pagination mode.</summary>
    [Description("linkHeader, cursor or pageNumber.")]
    public PaginationMode Mode { get; init; } = PaginationMode.LinkHeader;

    /// <summary>Gets the dot path of the items array in the response body; empty when the body is the array.</summary>
    [Description("Dot path of the items array in the body, for example data.items; empty when the body is an array.")]
    public string ItemsPath { get; init; } = string.Empty;

    /// <summary>Gets the dot path of the next cursor in the response body (cursor mode).</summary>
    [Description("Dot path of the next cursor in the body (cursor mode).")]
    public string CursorPath { get; init; } = "nextCursor";

    /// <summary>Gets the query parameter the cursor is sent in (cursor mode).</summary>
    [Description("Query parameter carrying the cursor (cursor mode).")]
    public string CursorParameter { get; init; } = "cursor";

    /// <summary>Gets the query parameter of the page number (page-number mode).</summary>
    [Description("Query parameter carrying the page number (pageNumber mode).")]
    public string PageParameter { get; init; } = "page";

    /// <summary>Gets the first page number (page-number mode).</summary>
    [Description("First page number (pageNumber mode).")]
    public int FirstPage { get; init; } = 1;
}
