using Microsoft.AspNetCore.Components;

namespace IntegrationHub.Designer.Shell;

/// <summary>Redirects to the sign-in page, coming back here afterwards.</summary>
public partial class RedirectToLogin
{
    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <inheritdoc />
    protected override void OnInitialized()
    {
        var returnUrl = "/" + Navigation.ToBaseRelativePath(Navigation.Uri);
        Navigation.NavigateTo($"login?ReturnUrl={Uri.EscapeDataString(returnUrl)}", forceLoad: true);
    }
}
