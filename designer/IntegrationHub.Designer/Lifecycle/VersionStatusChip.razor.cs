using IntegrationHub.Contracts.Flows;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IntegrationHub.Designer.Lifecycle;

/// <summary>A version's lifecycle state as a coloured chip.</summary>
public partial class VersionStatusChip
{
    /// <summary>Gets or sets the status (draft, published, retired).</summary>
    [Parameter]
    public string Status { get; set; } = string.Empty;

    private Color Colour => Status switch
    {
        FlowVersionStatus.Draft => Color.Warning,
        FlowVersionStatus.Published => Color.Success,
        _ => Color.Default,
    };
}
