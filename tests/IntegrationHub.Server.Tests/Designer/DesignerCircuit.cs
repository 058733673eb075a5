using IntegrationHub.Server.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Server.Tests.Designer;

/// <summary>
/// A designer circuit's service scope with a signed-in person, the way Blazor sets it up for a real circuit: the
/// designer services read the user from the scope's authentication state, not from an HTTP request.
/// </summary>
internal sealed class DesignerCircuit : IAsyncDisposable
{
    private readonly AsyncServiceScope _scope;

    public DesignerCircuit(IServiceProvider services, string userName, params string[] roles)
    {
        _scope = services.CreateAsyncScope();
        var principal = PrincipalExtensions.Create(userName, "user", roles, "Cookies");
        var authentication = (IHostEnvironmentAuthenticationStateProvider)_scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        authentication.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
    }

    public T Get<T>()
        where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    public ValueTask DisposeAsync() => _scope.DisposeAsync();
}
