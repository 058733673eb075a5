using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Flows;
using IntegrationHub.Contracts.Security;
using IntegrationHub.Designer.Shell;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace IntegrationHub.Designer.Pages;

/// <summary>One flow: its versions, and validate / publish / retire / discard / export / compare, each offered only to the roles that may do it.</summary>
public partial class FlowDetailPage
{
    private FlowDetail? _flow;
    private FlowValidationReport? _report;
    private string? _error;
    private bool _loading = true;
    private bool _busy;
    private int _compareFrom;
    private int _compareTo;

    /// <summary>Gets or sets the flow id from the address.</summary>
    [Parameter]
    public string FlowId { get; set; } = string.Empty;

    /// <summary>Gets or sets the signed-in session.</summary>
    [CascadingParameter]
    public DesignerSession Session { get; set; } = DesignerSession.Anonymous;

    [Inject]
    private IFlowDesignerService Flows { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    private bool CanEdit => Session.Allows(HubPolicies.EditDrafts);

    private bool CanPublish => Session.Allows(HubPolicies.Publish);

    private string Escaped => Uri.EscapeDataString(FlowId);

    private string EditHref => $"/flows/{Escaped}/edit";

    private FlowVersionSummary? Draft => _flow?.Versions.FirstOrDefault(v => v.Status == FlowVersionStatus.Draft);

    private FlowVersionSummary? Published => _flow?.Versions.Where(v => v.Status == FlowVersionStatus.Published).MaxBy(v => v.Version);

    private FlowVersionSummary Latest => Draft ?? _flow!.Versions.MaxBy(v => v.Version)!;

    private List<BreadcrumbItem> Breadcrumbs => [new("Flows", "/flows"), new(_flow?.Name ?? FlowId, null, disabled: true)];

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync() => await LoadAsync();

    private string ViewHref(int version) => $"/flows/{Escaped}/versions/{version}";

    private static string ShortHash(string hash) => hash.Length > 12 ? hash[..12] : hash;

    private async Task LoadAsync()
    {
        _loading = true;
        try
        {
            _flow = await Flows.GetFlowAsync(FlowId);
            if (_flow is { Versions.Count: > 1 })
            {
                // Versions come newest first; the draft (0) is the newest when it exists.
                var ordered = _flow.Versions.Select(v => v.Version).OrderBy(v => v == 0 ? int.MaxValue : v).ToList();
                _compareTo = ordered[^1];
                _compareFrom = ordered[^2];
            }
        }
        catch (DesignerException e)
        {
            _error = e.Message;
        }
        finally
        {
            _loading = false;
        }
    }

    private async Task ValidateDraftAsync()
    {
        await RunAsync(async () =>
        {
            var draft = await Flows.GetVersionAsync(FlowId, 0) ?? throw new DesignerException("The draft no longer exists.");
            _report = await Flows.ValidateAsync(draft.Content.ToJsonString());
        });
    }

    private async Task PublishAsync()
    {
        if (await Dialogs.ShowMessageBoxAsync("Publish the draft?", "Triggers will start new runs on the published version at once. Runs already started stay on their version.", yesText: "Publish", cancelText: "Cancel") != true)
        {
            return;
        }

        await RunAsync(async () =>
        {
            var result = await Flows.PublishAsync(FlowId);
            _report = null;
            Snackbar.Add(result.Created ? $"Published {Formats.Version(result.Version)}." : $"The draft equalled {Formats.Version(result.Version)}; no new version was needed.", Severity.Success);
            await LoadAsync();
        });
    }

    private async Task RetireAsync(int version)
    {
        if (await Dialogs.ShowMessageBoxAsync($"Retire {Formats.Version(version)}?", "Triggers stop starting runs on this version. It stays in the history and can still be exported.", yesText: "Retire", cancelText: "Cancel") != true)
        {
            return;
        }

        await RunAsync(async () =>
        {
            await Flows.RetireAsync(FlowId, version);
            Snackbar.Add($"Retired {Formats.Version(version)}.", Severity.Info);
            await LoadAsync();
        });
    }

    private async Task DiscardDraftAsync()
    {
        if (await Dialogs.ShowMessageBoxAsync("Discard the draft?", "The unpublished changes are lost. Published versions are not affected.", yesText: "Discard", cancelText: "Keep") != true)
        {
            return;
        }

        await RunAsync(async () =>
        {
            await Flows.DeleteDraftAsync(FlowId);
            _report = null;
            Snackbar.Add("Draft discarded.", Severity.Info);
            await LoadAsync();
        });
    }

    private async Task ExportAsync(int? version)
    {
        await RunAsync(async () =>
        {
            var file = await Flows.ExportAsync(FlowId, version) ?? throw new DesignerException("That version no longer exists.");
            await JS.InvokeVoidAsync("hubDesigner.download", file.FileName, file.Content);
        });
    }

    private async Task RunAsync(Func<Task> action)
    {
        _busy = true;
        _error = null;
        try
        {
            await action();
        }
        catch (DesignerException e)
        {
            _error = e.Message;
        }
        finally
        {
            _busy = false;
        }
    }
}
