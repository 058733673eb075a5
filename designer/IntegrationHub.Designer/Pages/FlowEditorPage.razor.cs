using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Flows;
using IntegrationHub.Designer.Editor;
using IntegrationHub.Designer.Editor.Calls;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;

namespace IntegrationHub.Designer.Pages;

/// <summary>
/// The flow editor: the graph on the left (lanes for branches, loops, parallel work and time-outs), the selected step's
/// properties or the flow's settings on the right. Every change is validated by the hub after a short pause and the
/// errors appear at their steps; saving stores the draft through the same rules as <c>POST /api/flows</c>.
/// </summary>
public sealed partial class FlowEditorPage : IDisposable
{
    private static readonly TimeSpan ValidationPause = TimeSpan.FromMilliseconds(600);

    private FlowEditorState? _state;
    private AuthoringCatalog? _catalog;
    private ConnectorDirectory? _connectors;
    private CancellationTokenSource? _pendingValidation;
    private string? _error;
    private string _source = string.Empty;
    private bool _busy;
    private bool _hasDraft;
    private bool _validated;
    private int _lastRevision = -1;

    /// <summary>Gets or sets the flow id (null for a new flow).</summary>
    [Parameter]
    public string? FlowId { get; set; }

    /// <summary>Gets or sets the version to view read only (null to edit).</summary>
    [Parameter]
    public int? Version { get; set; }

    /// <summary>Gets or sets the version a new draft starts from (null: the draft, else the latest version).</summary>
    [SupplyParameterFromQuery(Name = "from")]
    public int? From { get; set; }

    /// <summary>Gets or sets the signed-in session.</summary>
    [CascadingParameter]
    public DesignerSession Session { get; set; } = DesignerSession.Anonymous;

    [Inject]
    private IFlowDesignerService Flows { get; set; } = default!;

    [Inject]
    private IFlowAuthoringService Authoring { get; set; } = default!;

    [Inject]
    private IConnectionsDesignerService ConnectionsService { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private bool IsNew => FlowId is null;

    /// <summary>Gets the hub's connections and connectors, loaded when a call step is first shown and kept for the page.</summary>
    private ConnectorDirectory Connectors => _connectors ??= new ConnectorDirectory(ConnectionsService);

    private string Title => _state is null ? FlowId ?? "New flow" : (string?)_state.Document["name"] is { Length: > 0 } name ? name : FlowId ?? "New flow";

    private string SourceText => _state?.ReadOnly == true ? $"{Shell.Formats.Version(Version ?? 0)} · read only" : _source;

    private string ValidationText => !_validated ? "Not validated yet"
        : _state!.Errors.Count == 0 ? "No errors"
        : $"{_state.Errors.Count} error{(_state.Errors.Count == 1 ? string.Empty : "s")}";

    private IEnumerable<string> TriggerKinds => _state?.Document["trigger"] switch
    {
        JsonObject one => [(string?)one["kind"] ?? "?"],
        JsonArray many => many.Select(t => (string?)t?["kind"] ?? "?"),
        _ => [],
    };

    private List<BreadcrumbItem> Breadcrumbs =>
        IsNew
            ? [new("Flows", "/flows"), new("New flow", null, disabled: true)]
            : [new("Flows", "/flows"), new(FlowId!, $"/flows/{Uri.EscapeDataString(FlowId!)}"), new(Version is { } v ? Shell.Formats.Version(v) : "Editor", null, disabled: true)];

    /// <inheritdoc />
    public void Dispose()
    {
        if (_state is not null)
        {
            _state.Changed -= OnStateChanged;
        }

        _pendingValidation?.Cancel();
        _pendingValidation?.Dispose();
    }

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        try
        {
            _catalog ??= await Authoring.GetCatalogAsync();
            var (document, readOnly, source, hasDraft) = await LoadDocumentAsync();
            if (document is null)
            {
                _error = Version is { } v ? $"Flow '{FlowId}' has no version {v}." : $"Flow '{FlowId}' does not exist.";
                return;
            }

            if (_state is not null)
            {
                _state.Changed -= OnStateChanged;
            }

            _state = new FlowEditorState(document, readOnly);
            _state.Changed += OnStateChanged;
            _source = source;
            _hasDraft = hasDraft;
            _validated = false;
            if (!readOnly && !IsNew)
            {
                await ValidateNowAsync();
            }
        }
        catch (DesignerException e)
        {
            _error = e.Message;
        }
    }

    private async Task<(JsonObject? Document, bool ReadOnly, string Source, bool HasDraft)> LoadDocumentAsync()
    {
        if (IsNew)
        {
            var blank = new JsonObject
            {
                ["id"] = string.Empty,
                ["name"] = string.Empty,
                ["trigger"] = new JsonObject { ["kind"] = "manual" },
                ["steps"] = new JsonArray(),
            };
            return (blank, false, "new flow", false);
        }

        if (Version is { } version)
        {
            var detail = await Flows.GetVersionAsync(FlowId!, version);
            return (detail?.Content.DeepClone().AsObject(), true, string.Empty, false);
        }

        var flow = await Flows.GetFlowAsync(FlowId!);
        if (flow is null)
        {
            return (null, false, string.Empty, false);
        }

        var hasDraft = flow.Versions.Any(v => v.Status == FlowVersionStatus.Draft);
        var start = From ?? (hasDraft ? 0 : flow.Versions.Where(v => v.Version > 0).Max(v => (int?)v.Version) ?? 0);
        var content = await Flows.GetVersionAsync(FlowId!, start);
        if (content is null)
        {
            return (null, false, string.Empty, false);
        }

        var document = content.Content.DeepClone().AsObject();

        // The version number is informational (the hub assigns it); a draft does not carry one.
        document.Remove("version");
        var source = start == 0 ? "draft" : $"new draft from {Shell.Formats.Version(start)}";
        return (document, false, source, hasDraft && start == 0);
    }

    private void OnStateChanged()
    {
        if (_state is { ReadOnly: false } state && state.Revision != _lastRevision)
        {
            _lastRevision = state.Revision;
            ScheduleValidation();
        }

        _ = InvokeAsync(StateHasChanged);
    }

    private void ScheduleValidation()
    {
        _pendingValidation?.Cancel();
        _pendingValidation?.Dispose();
        _pendingValidation = new CancellationTokenSource();
        var token = _pendingValidation.Token;
        _ = InvokeAsync(async () =>
        {
            try
            {
                await Task.Delay(ValidationPause, token);
                await ValidateAsync(token);
            }
            catch (OperationCanceledException)
            {
                // A newer change superseded this validation.
            }
        });
    }

    private async Task ValidateNowAsync() => await ValidateAsync(CancellationToken.None);

    private async Task ValidateAsync(CancellationToken cancellationToken)
    {
        if (_state is null)
        {
            return;
        }

        var revision = _state.Revision;
        try
        {
            var report = await Flows.ValidateAsync(_state.Json, cancellationToken);
            if (revision == _state.Revision)
            {
                _validated = true;
                _state.SetErrors(report.Errors);
            }
        }
        catch (DesignerException e)
        {
            _error = e.Message;
        }
    }

    private async Task SaveAsync()
    {
        if (_state is null)
        {
            return;
        }

        _busy = true;
        _error = null;
        try
        {
            var result = await Flows.SaveDraftAsync(_state.Json, IsNew ? null : FlowId);
            _validated = true;
            _state.SetErrors(result.Errors);
            if (result.Saved is null)
            {
                _error = $"Not saved: the flow has {result.Errors.Count} error(s), shown at their steps.";
                return;
            }

            _state.MarkSaved();
            _hasDraft = true;
            _source = "draft";
            Snackbar.Add("Draft saved.", Severity.Success);
            if (IsNew)
            {
                Navigation.NavigateTo($"/flows/{Uri.EscapeDataString(result.FlowId!)}/edit");
            }
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

    private async Task PublishAsync()
    {
        if (await Dialogs.ShowMessageBoxAsync("Publish the draft?", "Triggers will start new runs on the published version at once. Runs already started stay on their version.", yesText: "Publish", cancelText: "Cancel") != true)
        {
            return;
        }

        _busy = true;
        try
        {
            var result = await Flows.PublishAsync(FlowId!);
            Snackbar.Add(result.Created ? $"Published {Shell.Formats.Version(result.Version)}." : $"The draft equalled {Shell.Formats.Version(result.Version)}; no new version was needed.", Severity.Success);
            Navigation.NavigateTo($"/flows/{Uri.EscapeDataString(FlowId!)}");
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

    private async Task ConfirmLeaveAsync(LocationChangingContext context)
    {
        if (_state is { IsDirty: true } && !_busy
            && await Dialogs.ShowMessageBoxAsync("Leave without saving?", "Your changes to this flow are not saved.", yesText: "Leave", cancelText: "Stay") != true)
        {
            context.PreventNavigation();
        }
    }
}
