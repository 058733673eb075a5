using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Security;
using IntegrationHub.Designer.Connections;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IntegrationHub.Designer.Pages;

/// <summary>
/// Creates or changes a connection with a form generated from its connector's settings schema. Secrets are write-only:
/// the page never receives them, it only says which are set and sends new values or clears.
/// </summary>
public partial class ConnectionEditPage
{
    private ConnectorCatalogInfo? _catalog;
    private ConnectionDetails? _existing;
    private ConnectionForm? _form;
    private ConnectionTestOutcome? _test;
    private IReadOnlyList<ConnectionFieldError> _otherErrors = [];
    private string? _connectorName;
    private string _name = string.Empty;
    private string? _allowedHosts;
    private string? _nameError;
    private string? _hostsError;
    private string? _error;
    private bool _loading = true;
    private bool _busy;

    /// <summary>Gets or sets the connection id from the address; null for a new connection.</summary>
    [Parameter]
    public Guid? ConnectionId { get; set; }

    /// <summary>Gets or sets the connector to start a new connection with, from the address.</summary>
    [SupplyParameterFromQuery(Name = "connector")]
    public string? Connector { get; set; }

    /// <summary>Gets or sets the signed-in session.</summary>
    [CascadingParameter]
    public DesignerSession Session { get; set; } = DesignerSession.Anonymous;

    [Inject]
    private IConnectionsDesignerService Connections { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    private bool IsNew => ConnectionId is null;

    private bool CanAdminister => Session.Allows(HubPolicies.Administer);

    private string Title => IsNew ? "New connection" : _existing?.Name ?? "Connection";

    private List<BreadcrumbItem> Breadcrumbs => [new("Connections", "/connections"), new(Title, null, disabled: true)];

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        _loading = true;
        _test = null;
        _otherErrors = [];
        try
        {
            _catalog ??= await Connections.GetCatalogAsync();
            _existing = ConnectionId is { } id ? await Connections.GetAsync(id) : null;
            _connectorName = _existing?.Connector ?? Connector ?? _connectorName;
            _allowedHosts = _existing is null ? _allowedHosts : string.Join('\n', _existing.AllowedHosts);
            _form = Build();
            if (_existing is not null && _form is null)
            {
                _error = $"Connector '{_existing.Connector}' is not loaded in this hub, so its settings cannot be shown.";
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

    private ConnectionForm? Build() =>
        _catalog?.Connectors.FirstOrDefault(c => c.Name == _connectorName) is { } connector ? ConnectionForm.Create(connector, _existing) : null;

    private void ConnectorChanged(string? name)
    {
        _connectorName = name;
        _form = Build();
        _otherErrors = [];
    }

    private async Task SaveAsync()
    {
        if (_form is null || !CanAdminister)
        {
            return;
        }

        _nameError = IsNew && string.IsNullOrWhiteSpace(_name) ? "Name is required." : null;
        _hostsError = null;
        _otherErrors = [];
        var valid = _form.TryBuild(IsNew ? _name : _existing!.Name, _allowedHosts, out var draft);
        if (!valid || _nameError is not null)
        {
            return;
        }

        _busy = true;
        try
        {
            var result = IsNew ? await Connections.CreateAsync(draft) : await Connections.UpdateAsync(_existing!.Id, draft);
            if (result.Connection is null)
            {
                var rest = _form.ShowErrors(result.Errors);
                _nameError = rest.FirstOrDefault(e => e.Field == "name")?.Message;
                _hostsError = rest.FirstOrDefault(e => e.Field.StartsWith("allowedHosts", StringComparison.Ordinal))?.Message;
                _otherErrors = [.. rest.Where(e => e.Field != "name" && !e.Field.StartsWith("allowedHosts", StringComparison.Ordinal))];
                return;
            }

            if (IsNew)
            {
                Snackbar.Add($"Connection {result.Connection.Name} created. Test it to check that it works.", Severity.Success);
                Navigation.NavigateTo($"/connections/{result.Connection.Id}");
                return;
            }

            Snackbar.Add("Connection saved.", Severity.Success);
            _existing = result.Connection;
            _form = Build();
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

    private async Task TestAsync()
    {
        _busy = true;
        _test = null;
        try
        {
            _test = await Connections.TestAsync(_existing!.Id);
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

    private async Task DeleteAsync()
    {
        if (await Dialogs.ShowMessageBoxAsync($"Delete {_existing!.Name}?", "Flows that use this connection fail at their next call until a connection with this name exists again. Its secrets are deleted with it.", yesText: "Delete", cancelText: "Keep it") != true)
        {
            return;
        }

        _busy = true;
        try
        {
            await Connections.DeleteAsync(_existing.Id);
            Snackbar.Add($"Deleted {_existing.Name}.", Severity.Info);
            Navigation.NavigateTo("/connections");
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
