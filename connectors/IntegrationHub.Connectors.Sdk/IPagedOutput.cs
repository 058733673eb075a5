namespace IntegrationHub.Connectors.Sdk;

/// <summary>The output of a pageable operation.</summary>
public interface IPagedOutput
{
    /// <summary>Gets the token of the next page; <see langword="null"/> when this was the last page.</summary>
    string? NextPageToken { get; }
}
