using IntegrationHub.Contracts.Designer;
using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Connections;

/// <summary>What an operation promises, as small badges: idempotent (safe to repeat with the same key) and pageable.</summary>
public partial class OperationBadges
{
    /// <summary>Gets or sets the operation.</summary>
    [Parameter]
    [EditorRequired]
    public ConnectorOperationInfo Operation { get; set; } = default!;
}
