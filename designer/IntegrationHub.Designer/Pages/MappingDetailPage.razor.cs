using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Mappings;
using IntegrationHub.Designer.Lifecycle;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IntegrationHub.Designer.Pages;

/// <summary>One mapping: its versions (who wrote and published each, when), and edit / publish / retire / discard / export / compare, each offered only to the roles that may do it.</summary>
public partial class MappingDetailPage
{
    private static readonly LifecycleTexts MappingTexts = new(
        "mapping",
        "Map steps use the published version from their next run.",
        "Map steps stop using this version: they use the latest published version left, and fail when there is none. It stays in the history and can still be exported.");

    private MappingDetail? _mapping;
    private IReadOnlyList<VersionRow> _versions = [];

    /// <summary>Gets or sets the mapping id from the address.</summary>
    [Parameter]
    public string MappingId { get; set; } = string.Empty;

    [Inject]
    private IMappingDesignerService Mappings { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <inheritdoc />
    protected override LifecycleTexts Texts => MappingTexts;

    private string Escaped => Uri.EscapeDataString(MappingId);

    private string EditHref => $"/mappings/{Escaped}/edit";

    private List<BreadcrumbItem> Breadcrumbs => [new("Mappings", "/mappings"), new(_mapping?.Name ?? MappingId, null, disabled: true)];

    /// <inheritdoc />
    protected override async Task FetchAsync()
    {
        _mapping = await Mappings.GetMappingAsync(MappingId);
        _versions = _mapping is null ? [] : [.. _mapping.Versions.Select(VersionRow.From)];
    }

    /// <inheritdoc />
    protected override async Task<PublishOutcome> PublishDraftAsync()
    {
        var result = await Mappings.PublishAsync(MappingId);
        return new PublishOutcome(result.Version, result.Created);
    }

    /// <inheritdoc />
    protected override Task RetireVersionAsync(int version) => Mappings.RetireAsync(MappingId, version);

    /// <inheritdoc />
    protected override async Task DeleteDraftAsync()
    {
        await Mappings.DeleteDraftAsync(MappingId);

        // A mapping that was only a draft is gone with it.
        if (_versions.Count == 1)
        {
            Navigation.NavigateTo("/mappings");
        }
    }

    /// <inheritdoc />
    protected override async Task<(string FileName, string Content)?> ExportVersionAsync(int? version) =>
        await Mappings.ExportAsync(MappingId, version) is { } file ? (file.FileName, file.Content) : null;
}
