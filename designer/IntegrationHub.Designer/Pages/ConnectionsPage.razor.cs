using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Security;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IntegrationHub.Designer.Pages;

/// <summary>Every connection with its connector and which secrets are set; administrators test and delete them here.</summary>
public partial class ConnectionsPage
{
    private readonly Dictionary<Guid, ConnectionTestOutcome> _tests = [];
    private IReadOnlyList<ConnectionDetails>? _connections;
    private string? _error;
    private bool _busy;

    /// <summary>Gets or sets the signed-in session.</summary>
    [CascadingParameter]
    public DesignerSession Session { get; set; } = DesignerSession.Anonymous;

    [Inject]
    private IConnectionsDesignerService Connections { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private bool CanAdminister => Session.Allows(HubPolicies.Administer);

    /// <inheritdoc />
    protected override async Task OnInitializedAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        try
        {
            _connections = await Connections.ListAsync();
        }
        catch (DesignerException e)
        {
            _connections = [];
            _error = e.Message;
        }
    }

    private async Task TestAsync(ConnectionDetails connection)
    {
        _busy = true;
        try
        {
            var outcome = await Connections.TestAsync(connection.Id);
            _tests[connection.Id] = outcome;
            Snackbar.Add($"{connection.Name}: {outcome.Message}", outcome.Succeeded ? Severity.Success : Severity.Error);
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

    private async Task DeleteAsync(ConnectionDetails connection)
    {
        if (await Dialogs.ShowMessageBoxAsync($"Delete {connection.Name}?", "Flows that use this connection fail at their next call until a connection with this name exists again. Its secrets are deleted with it.", yesText: "Delete", cancelText: "Keep it") != true)
        {
            return;
        }

        _busy = true;
        try
        {
            await Connections.DeleteAsync(connection.Id);
            Snackbar.Add($"Deleted {connection.Name}.", Severity.Info);
            await LoadAsync();
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
