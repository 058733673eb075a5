using IntegrationHub.Contracts.Flows;
using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Lifecycle;

/// <summary>A document's errors, each with its JSON path.</summary>
public partial class DocumentErrorTable
{
    /// <summary>Gets or sets the errors.</summary>
    [Parameter]
    [EditorRequired]
    public IReadOnlyList<FlowErrorDto> Errors { get; set; } = [];

    /// <summary>Gets or sets the table's accessible name.</summary>
    [Parameter]
    public string Label { get; set; } = "Errors in the file";
}
