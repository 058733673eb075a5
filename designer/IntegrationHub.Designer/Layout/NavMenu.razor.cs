using IntegrationHub.Contracts.Designer;
using IntegrationHub.Contracts.Security;
using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Layout;

/// <summary>Navigation that shows only what the signed-in roles may use (the server refuses the rest anyway).</summary>
public partial class NavMenu
{
    /// <summary>Gets or sets the signed-in session; null while it loads.</summary>
    [Parameter]
    public DesignerSession? Session { get; set; }

    private bool CanEdit => Session?.Allows(HubPolicies.EditDrafts) == true;

    private bool CanOperate => Session?.Allows(HubPolicies.Operate) == true;
}
