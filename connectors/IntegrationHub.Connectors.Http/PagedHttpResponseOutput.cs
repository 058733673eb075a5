using System.ComponentModel;
using System.Text.Json.Nodes;
using IntegrationHub.Connectors.Sdk;

namespace IntegrationHub.Connectors.Http;

/// <summary>The items of the pages read.</summary>
public sealed class PagedHttpResponseOutput : IPagedOutput
{
    /// <summary>Gets the items of every page read, in order.</summary>
    [Description("Items of every page read, in order.")]
    public required JsonArray Items { get; init; }

    /// <summary>Gets how many pages were read.</summary>
    [Description("Number of pages read.")]
    public required int Pages { get; init; }

    /// <inheritdoc />
    [Description("Token to continue after MaxPages; absent when the last page was read.")]
    public string? NextPageToken { get; init; }
}
