using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Sandbox.Model;

/// <summary>A page of items ordered by SKU.</summary>
/// <param name="Items">The items.</param>
/// <param name="NextPageToken">The token of the next page, if any.</param>
public sealed record ItemPage(IReadOnlyList<Item> Items, string? NextPageToken) : IPagedOutput;
