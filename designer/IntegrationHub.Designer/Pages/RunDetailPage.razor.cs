using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Runs;
using IntegrationHub.Designer.Runs;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IntegrationHub.Designer.Pages;

/// <summary>
/// One run: its facts, what went wrong in plain words, the step timeline with inputs and outputs, and the operator
/// actions its state allows. While the run is not finished the page follows it.
/// </summary>
public sealed partial class RunDetailPage
{
    private readonly CancellationTokenSource _stop = new();
    private RunDetailDto? _run;
    private string? _error;
    private bool _loading = true;
    private Task? _follow;

    /// <summary>Gets or sets the run id from the address.</summary>
    [Parameter]
    public Guid RunId { get; set; }

    /// <summary>Gets or sets how often a run that is not finished is read again. The default value is 1.5 seconds.</summary>
    [Parameter]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(1.5);

    [Inject]
    private IRunsDesignerService Runs { get; set; } = default!;

    private string ShortId => RunId.ToString()[..8];

    private bool IsLive => _run is not null && RunVisuals.LiveStatuses.Contains(_run.Summary.Status);

    private List<BreadcrumbItem> Breadcrumbs => [new("Runs", "/runs"), new(ShortId, null, disabled: true)];

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_follow is not null)
        {
            await _follow;
        }

        _stop.Dispose();
    }

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        _run = null;
        _loading = true;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        try
        {
            _run = await Runs.GetAsync(RunId, _stop.Token);
            _error = null;
        }
        catch (DesignerException e)
        {
            _error = e.Message;
        }
        finally
        {
            _loading = false;
        }

        if (IsLive && (_follow is null || _follow.IsCompleted))
        {
            _follow = FollowAsync();
        }
    }

    /// <summary>Reads the run again until it finishes (or the person leaves), so a retry is seen to succeed or fail.</summary>
    private async Task FollowAsync()
    {
        try
        {
            using var timer = new PeriodicTimer(RefreshInterval);
            while (IsLive && await timer.WaitForNextTickAsync(_stop.Token))
            {
                var run = await Runs.GetAsync(RunId, _stop.Token);
                await InvokeAsync(() =>
                {
                    _run = run;
                    StateHasChanged();
                });
            }
        }
        catch (OperationCanceledException)
        {
            // The person left the page.
        }
        catch (DesignerException e)
        {
            await InvokeAsync(() =>
            {
                _error = e.Message;
                StateHasChanged();
            });
        }
    }

    private async Task ActedAsync(RunSummaryDto summary) => await LoadAsync();
}
