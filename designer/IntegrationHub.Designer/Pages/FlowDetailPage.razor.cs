using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Flows;
using IntegrationHub.Contracts.Security;
using IntegrationHub.Designer.Lifecycle;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IntegrationHub.Designer.Pages;

/// <summary>One flow: its versions, and validate / publish / retire / discard / export / compare, each offered only to the roles that may do it.</summary>
public partial class FlowDetailPage
{
    private static readonly LifecycleTexts FlowTexts = new(
        "flow",
        "Triggers will start new runs on the published version at once. Runs already started stay on their version.",
        "Triggers stop starting runs on this version. It stays in the history and can still be exported.");

    private FlowDetail? _flow;
    private IReadOnlyList<VersionRow> _versions = [];
    private FlowValidationReport? _report;

    /// <summary>Gets or sets the flow id from the address.</summary>
    [Parameter]
    public string FlowId { get; set; } = string.Empty;

    [Inject]
    private IFlowDesignerService Flows { get; set; } = default!;

    /// <inheritdoc />
    protected override LifecycleTexts Texts => FlowTexts;

    private bool CanEdit => Session.Allows(HubPolicies.EditDrafts);

    private bool CanPublish => Session.Allows(HubPolicies.Publish);

    private string Escaped => Uri.EscapeDataString(FlowId);

    private string EditHref => $"/flows/{Escaped}/edit";

    private IReadOnlyList<VersionRow> Versions => _versions;

    private VersionRow? Draft => VersionRow.DraftOf(Versions);

    private VersionRow? Published => VersionRow.PublishedOf(Versions);

    private VersionRow Latest => Draft ?? Versions.MaxBy(v => v.Version)!;

    private List<BreadcrumbItem> Breadcrumbs => [new("Flows", "/flows"), new(_flow?.Name ?? FlowId, null, disabled: true)];

    /// <inheritdoc />
    protected override async Task FetchAsync()
    {
        _flow = await Flows.GetFlowAsync(FlowId);
        _versions = _flow is null ? [] : [.. _flow.Versions.Select(VersionRow.From)];
    }

    /// <inheritdoc />
    protected override async Task<PublishOutcome> PublishDraftAsync()
    {
        var result = await Flows.PublishAsync(FlowId);
        _report = null;
        return new PublishOutcome(result.Version, result.Created);
    }

    /// <inheritdoc />
    protected override Task RetireVersionAsync(int version) => Flows.RetireAsync(FlowId, version);

    /// <inheritdoc />
    protected override async Task DeleteDraftAsync()
    {
        await Flows.DeleteDraftAsync(FlowId);
        _report = null;
    }

    /// <inheritdoc />
    protected override async Task<(string FileName, string Content)?> ExportVersionAsync(int? version) =>
        await Flows.ExportAsync(FlowId, version) is { } file ? (file.FileName, file.Content) : null;

    private string ViewHref(int version) => $"/flows/{Escaped}/versions/{version}";

    private async Task ValidateDraftAsync()
    {
        await RunAsync(async () =>
        {
            var draft = await Flows.GetVersionAsync(FlowId, 0) ?? throw new DesignerException("The draft no longer exists.");
            _report = await Flows.ValidateAsync(draft.Content.ToJsonString());
        });
    }
}
