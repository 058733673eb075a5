using System.Text.Json.Nodes;
using IntegrationHub.Contracts.Designer;
using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Pages;

/// <summary>The connector catalog: every loaded connector with its settings and operations (input and output schemas), and plug-ins that failed to load.</summary>
public partial class ConnectorsPage
{
    // Schemas are rendered only when their panel is open: a catalog has hundreds of them.
    private readonly HashSet<string> _open = new(StringComparer.Ordinal);
    private ConnectorCatalogInfo? _catalog;
    private string? _error;

    /// <summary>Gets or sets the signed-in session.</summary>
    [CascadingParameter]
    public DesignerSession Session { get; set; } = DesignerSession.Anonymous;

    [Inject]
    private IConnectionsDesignerService Connections { get; set; } = default!;

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        try
        {
            _catalog = await Connections.GetCatalogAsync();
        }
        catch (DesignerException e)
        {
            _error = e.Message;
        }
    }

    private bool IsOpen(string connector, string panel) => _open.Contains($"{connector}/{panel}");

    private void Toggle(string connector, string panel, bool open)
    {
        if (open)
        {
            _open.Add($"{connector}/{panel}");
        }
        else
        {
            _open.Remove($"{connector}/{panel}");
        }
    }

    private static int SettingsCount(ConnectorInfo connector) => (connector.SettingsSchema["properties"] as JsonObject)?.Count ?? 0;
}
