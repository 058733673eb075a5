using IntegrationHub.Contracts.Runs;
using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Runs;

/// <summary>The input and output of one attempt of a step, side by side.</summary>
public partial class StepDataView
{
    /// <summary>Gets or sets the attempt.</summary>
    [Parameter]
    [EditorRequired]
    public StepRecordDto Step { get; set; } = default!;
}
