using IntegrationHub.Contracts.Designer;
using IntegrationHub.Server.Security;

namespace IntegrationHub.Server.Designer;

/// <summary>The designer's view of the signed-in person, from the circuit's authentication state.</summary>
internal sealed class SessionService(DesignerCaller caller) : ISessionService
{
    public async Task<DesignerSession> GetSessionAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var user = await caller.UserAsync();
        return user.Identity?.IsAuthenticated == true
            ? new DesignerSession(user.ActorName(), user.HubRoles(), user.MustChangePassword())
            : DesignerSession.Anonymous;
    }
}
