using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Runs;
using IntegrationHub.Contracts.Security;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IntegrationHub.Designer.Runs;

/// <summary>
/// What an operator can do with a run, offered by its state: retry from the failed step (with its input shown for
/// correction), skip it with a supplied output, restart, cancel. Other roles see why they cannot; the hub refuses anyway.
/// </summary>
public partial class RunActionsPanel
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private EditorMode _mode;
    private string? _editorText;
    private string? _jsonError;
    private string? _error;
    private bool _busy;

    private enum EditorMode
    {
        None,
        Retry,
        Skip,
    }

    /// <summary>Gets or sets the run.</summary>
    [Parameter]
    [EditorRequired]
    public RunDetailDto Run { get; set; } = default!;

    /// <summary>Gets or sets the signed-in session.</summary>
    [CascadingParameter]
    public DesignerSession Session { get; set; } = DesignerSession.Anonymous;

    /// <summary>Gets or sets what happens after an action was accepted (the page reloads the run).</summary>
    [Parameter]
    public EventCallback<RunSummaryDto> OnChanged { get; set; }

    [Inject]
    private IRunsDesignerService Runs { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private bool CanOperate => Session.Allows(HubPolicies.Operate);

    private string Status => Run.Summary.Status;

    private string? FailedStep => Run.Summary.FailedStep is { Length: > 0 } step && step != "(flow)" ? step : null;

    private bool CanRetry => Status == "failed" && FailedStep is not null;

    private bool CanRestart => Status is "failed" or "cancelled";

    private bool CanCancel => Status is "pending" or "running" or "scheduled" or "waiting" or "failed";

    private string EditorTitle => _mode == EditorMode.Retry ? $"Retry from step {FailedStep}" : $"Skip step {FailedStep}";

    private string EditorLabel => _mode == EditorMode.Retry ? $"Input of {FailedStep} (JSON)" : $"Output of {FailedStep} (JSON)";

    private string EditorHelp => _mode == EditorMode.Retry
        ? "The step runs again with a fresh round of its retry policy. Correct its input below and retry with it (used once), or retry as it is: the input is computed again from the flow."
        : "The run continues after this step as if it had produced the output below. Later steps read it as steps." + FailedStep + ".output.";

    private bool ShowsRedactedWarning => _mode == EditorMode.Retry && _editorText?.Contains("***", StringComparison.Ordinal) == true;

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        // A run that moved on (another operator, a refresh) closes an editor that no longer applies.
        if (_mode != EditorMode.None && !CanRetry)
        {
            CloseEditor();
        }
    }

    private void OpenRetry()
    {
        _mode = EditorMode.Retry;
        _jsonError = null;
        var failed = Run.Timeline
            .Where(s => s.Generation == Run.Generation && s.StepPath == FailedStep)
            .OrderBy(s => s.Attempt)
            .LastOrDefault();
        _editorText = failed?.Input?.ToJsonString(Indented) ?? "{}";
    }

    private void OpenSkip()
    {
        _mode = EditorMode.Skip;
        _jsonError = null;
        _editorText = "{}";
    }

    private void CloseEditor()
    {
        _mode = EditorMode.None;
        _editorText = null;
        _jsonError = null;
    }

    private async Task RetryWithInputAsync()
    {
        if (TryParseEditor(out var input))
        {
            await ActAsync(() => Runs.RetryAsync(Run.Summary.Id, input), "Retry queued with the edited input.");
        }
    }

    private async Task RetryAsIsAsync() =>
        await ActAsync(() => Runs.RetryAsync(Run.Summary.Id, null), "Retry queued.");

    private async Task SkipAsync()
    {
        if (TryParseEditor(out var output))
        {
            await ActAsync(() => Runs.SkipAsync(Run.Summary.Id, output), $"Step {FailedStep} skipped; the run continues.");
        }
    }

    private async Task RestartAsync()
    {
        if (await Dialogs.ShowMessageBoxAsync("Restart the run from the beginning?", "Every step runs again, with the run's original input. Steps that call other systems call them again. The earlier attempts stay visible as history.", yesText: "Restart", cancelText: "Keep it") != true)
        {
            return;
        }

        await ActAsync(() => Runs.RestartAsync(Run.Summary.Id), "Restart queued.");
    }

    private async Task CancelAsync()
    {
        if (await Dialogs.ShowMessageBoxAsync("Cancel the run?", "A cancelled run does nothing more. A run that is executing stops before its next step. It can be restarted later.", yesText: "Cancel the run", cancelText: "Keep it") != true)
        {
            return;
        }

        await ActAsync(() => Runs.CancelAsync(Run.Summary.Id), "Run cancelled.");
    }

    private bool TryParseEditor(out JsonNode? node)
    {
        node = null;
        try
        {
            node = JsonNode.Parse(string.IsNullOrWhiteSpace(_editorText) ? "null" : _editorText);
            _jsonError = null;
            return true;
        }
        catch (JsonException e)
        {
            _jsonError = $"This is not valid JSON{(e.LineNumber is { } line ? $" (line {line + 1}, position {e.BytePositionInLine + 1})" : string.Empty)}.";
            return false;
        }
    }

    private async Task ActAsync(Func<Task<RunSummaryDto>> action, string done)
    {
        _busy = true;
        _error = null;
        try
        {
            var summary = await action();
            CloseEditor();
            Snackbar.Add(done, Severity.Success);
            await OnChanged.InvokeAsync(summary);
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
