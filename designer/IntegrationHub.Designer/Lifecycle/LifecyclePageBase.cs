using IntegrationHub.Contracts.Designer;
using IntegrationHub.Designer.Shell;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace IntegrationHub.Designer.Lifecycle;

/// <summary>
/// The version lifecycle a detail page offers for its kind of document (flows, mappings): publish the draft, retire a
/// published version, discard the draft, export a version as a file. Each change is confirmed first where it cannot be
/// undone, runs with the page marked busy, reports refusals as the page's error and reloads the page after it. The
/// page says what each change calls; the server checks every call's role anyway.
/// </summary>
public abstract class LifecyclePageBase : ComponentBase
{
    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>Gets or sets the signed-in session.</summary>
    [CascadingParameter]
    public DesignerSession Session { get; set; } = DesignerSession.Anonymous;

    /// <summary>Gets the snackbar that confirms changes.</summary>
    [Inject]
    protected ISnackbar Snackbar { get; private set; } = default!;

    /// <summary>Gets whether the page is loading what it shows.</summary>
    protected bool Loading { get; private set; } = true;

    /// <summary>Gets whether a change is running.</summary>
    protected bool Busy { get; private set; }

    /// <summary>Gets or sets the message of the last refused change, shown until the next one.</summary>
    protected string? Error { get; set; }

    /// <summary>Gets what the page tells about its kind of document.</summary>
    protected abstract LifecycleTexts Texts { get; }

    /// <summary>Reads what the page shows from the hub.</summary>
    protected abstract Task FetchAsync();

    /// <summary>Publishes the draft.</summary>
    protected abstract Task<PublishOutcome> PublishDraftAsync();

    /// <summary>Retires a published version.</summary>
    protected abstract Task RetireVersionAsync(int version);

    /// <summary>Deletes the draft.</summary>
    protected abstract Task DeleteDraftAsync();

    /// <summary>Exports a version (null: the latest published) as a file name and content, or null when it does not exist.</summary>
    protected abstract Task<(string FileName, string Content)?> ExportVersionAsync(int? version);

    /// <inheritdoc />
    protected override Task OnParametersSetAsync() => LoadAsync();

    /// <summary>Loads (again) what the page shows; a refusal becomes the page's error.</summary>
    protected async Task LoadAsync()
    {
        Loading = true;
        try
        {
            await FetchAsync();
        }
        catch (DesignerException e)
        {
            Error = e.Message;
        }
        finally
        {
            Loading = false;
        }
    }

    /// <summary>Asks, then publishes the draft.</summary>
    protected Task PublishAsync() => ConfirmThenRunAsync("Publish the draft?", Texts.PublishEffect, "Publish", "Cancel", async () =>
    {
        var outcome = await PublishDraftAsync();
        Snackbar.Add(outcome.Created ? $"Published {Formats.Version(outcome.Version)}." : $"The draft equalled {Formats.Version(outcome.Version)}; no new version was needed.", Severity.Success);
    });

    /// <summary>Asks, then retires a published version.</summary>
    protected Task RetireAsync(int version) => ConfirmThenRunAsync($"Retire {Formats.Version(version)}?", Texts.RetireEffect, "Retire", "Cancel", async () =>
    {
        await RetireVersionAsync(version);
        Snackbar.Add($"Retired {Formats.Version(version)}.", Severity.Info);
    });

    /// <summary>Asks, then discards the draft.</summary>
    protected Task DiscardDraftAsync() => ConfirmThenRunAsync("Discard the draft?", "The unpublished changes are lost. Published versions are not affected.", "Discard", "Keep", async () =>
    {
        await DeleteDraftAsync();
        Snackbar.Add("Draft discarded.", Severity.Info);
    });

    /// <summary>Downloads a version (null: the latest published) as a file, as the browser downloads any file.</summary>
    protected Task ExportAsync(int? version) => RunAsync(async () =>
    {
        var file = await ExportVersionAsync(version) ?? throw new DesignerException("That version no longer exists.");
        await JS.InvokeVoidAsync("hubDesigner.download", file.FileName, file.Content);
    });

    /// <summary>Runs a call with the page busy; a refusal becomes the page's error.</summary>
    protected async Task RunAsync(Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        Busy = true;
        Error = null;
        try
        {
            await action();
        }
        catch (DesignerException e)
        {
            Error = e.Message;
        }
        finally
        {
            Busy = false;
        }
    }

    private async Task ConfirmThenRunAsync(string title, string message, string yesText, string noText, Func<Task> change)
    {
        if (await Dialogs.ShowMessageBoxAsync(title, message, yesText: yesText, cancelText: noText) != true)
        {
            return;
        }

        await RunAsync(async () =>
        {
            await change();
            await LoadAsync();
        });
    }
}
