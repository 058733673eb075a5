using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IntegrationHub.Designer.Runs;

/// <summary>A run or step status as a coloured chip whose tooltip says what it means.</summary>
public partial class RunStatusChip
{
    /// <summary>Gets or sets the status (wire name).</summary>
    [Parameter]
    public string Status { get; set; } = string.Empty;

    /// <summary>Gets or sets the chip size.</summary>
    [Parameter]
    public Size Size { get; set; } = Size.Small;
}
