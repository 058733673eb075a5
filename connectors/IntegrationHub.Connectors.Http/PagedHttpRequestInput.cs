using System.ComponentModel;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Http;

/// <summary>A templated GET-style call that follows pages and collects their items.</summary>
public sealed class PagedHttpRequestInput : HttpRequestInput, IPagedInput
{
    /// <summary>Gets how to follow pages.</summary>
    [Description("How to follow pages.")]
    public PaginationOptions Pagination { get; init; } = new();

    /// <summary>Gets the most pages one call reads; the output's next page token continues from there.</summary>
    [Description("Most pages read by one call (1-1000).")]
    public int MaxPages { get; init; } = 10;

    /// <inheritdoc />
    [Description("Token from a previous call's nextPageToken; absent for the first page.")]
    public string? PageToken { get; init; }
}
