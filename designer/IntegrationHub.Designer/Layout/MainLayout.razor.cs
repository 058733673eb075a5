using IntegrationHub.Contracts.Designer;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace IntegrationHub.Designer.Layout;

/// <summary>The shell: app bar (theme, account), role-aware navigation, and the signed-in session cascaded to every page.</summary>
public partial class MainLayout
{
    private const string Dark = "dark";
    private const string Light = "light";

    private MudThemeProvider? _themeProvider;
    private DesignerSession? _session;
    private bool _dark;
    private bool _drawerOpen = true;

    [Inject]
    private ISessionService Sessions { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        var session = await Sessions.GetSessionAsync();
        if (session.MustChangePassword)
        {
            // A one-time password allows nothing else; the server refuses every designer call meanwhile too.
            Navigation.NavigateTo("/account/password?ReturnUrl=%2Fflows", forceLoad: true);
            return;
        }

        _session = session;
    }

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        var stored = await JS.InvokeAsync<string?>("hubDesigner.getTheme");
        var dark = stored switch
        {
            Dark => true,
            Light => false,
            _ => _themeProvider is not null && await _themeProvider.GetSystemDarkModeAsync(),
        };
        if (dark != _dark)
        {
            _dark = dark;
            StateHasChanged();
        }

        await JS.InvokeVoidAsync("hubDesigner.ready");
    }

    private void ToggleDrawer() => _drawerOpen = !_drawerOpen;

    private async Task ToggleThemeAsync()
    {
        _dark = !_dark;
        await JS.InvokeVoidAsync("hubDesigner.setTheme", _dark ? Dark : Light);
    }

    private async Task LogoutAsync() => await JS.InvokeVoidAsync("hubDesigner.logout");
}
