using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>Lists items page by page.</summary>
/// <param name="Search">Text the SKU or description contains (case-insensitive); <see langword="null"/> for all.</param>
/// <param name="PageSize">Items per page (1-500).</param>
/// <param name="PageToken">The previous page's <c>nextPageToken</c>.</param>
public sealed record ListItemsInput(string? Search = null, int PageSize = 50, string? PageToken = null) : IPagedInput;
