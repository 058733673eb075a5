using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IntegrationHub.Designer.Dashboard;

/// <summary>One key figure of the dashboard, optionally a link to the runs behind it.</summary>
public partial class KpiCard
{
    /// <summary>Gets or sets what the figure is.</summary>
    [Parameter]
    public string Title { get; set; } = string.Empty;

    /// <summary>Gets or sets the figure, formatted.</summary>
    [Parameter]
    public string Value { get; set; } = string.Empty;

    /// <summary>Gets or sets a line of context under the figure.</summary>
    [Parameter]
    public string? Caption { get; set; }

    /// <summary>Gets or sets the icon.</summary>
    [Parameter]
    public string Icon { get; set; } = Icons.Material.Filled.Insights;

    /// <summary>Gets or sets the icon colour.</summary>
    [Parameter]
    public Color Color { get; set; } = Color.Primary;

    /// <summary>Gets or sets where the figure links to (the runs behind it), or null.</summary>
    [Parameter]
    public string? Href { get; set; }
}
