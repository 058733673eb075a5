namespace IntegrationHub.Connectors.Sdk;

/// <summary>The input of a pageable operation: the runtime passes the previous page's <see cref="IPagedOutput.NextPageToken"/> as <c>pageToken</c>.</summary>
public interface IPagedInput
{
    /// <summary>Gets the token of the page to read; <see langword="null"/> for the first page.</summary>
    string? PageToken { get; }
}
