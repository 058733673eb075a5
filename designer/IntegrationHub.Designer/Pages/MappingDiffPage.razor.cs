using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Designer.Lifecycle;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IntegrationHub.Designer.Pages;

/// <summary>Two versions of a mapping side by side, line by line.</summary>
public partial class MappingDiffPage
{
    /// <summary>Gets or sets the mapping id.</summary>
    [Parameter]
    public string MappingId { get; set; } = string.Empty;

    [Inject]
    private IMappingDesignerService Mappings { get; set; } = default!;

    /// <inheritdoc />
    protected override string Described => $"Mapping '{MappingId}'";

    private List<BreadcrumbItem> Breadcrumbs => [new("Mappings", "/mappings"), new(MappingId, $"/mappings/{Uri.EscapeDataString(MappingId)}"), new("Compare", null, disabled: true)];

    /// <inheritdoc />
    protected override async Task<IReadOnlyList<VersionRow>?> GetVersionsAsync() =>
        await Mappings.GetMappingAsync(MappingId) is { } mapping ? [.. mapping.Versions.Select(VersionRow.From)] : null;

    /// <inheritdoc />
    protected override async Task<JsonObject?> GetContentAsync(int version) => (await Mappings.GetVersionAsync(MappingId, version))?.Content;

    /// <inheritdoc />
    protected override string DiffHref(int from, int to) => $"/mappings/{Uri.EscapeDataString(MappingId)}/diff?from={from}&to={to}";
}
