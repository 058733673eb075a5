using IntegrationHub.Contracts.Designer;

namespace IntegrationHub.Designer.Tests.Fakes;

internal sealed class FakeSessionService(DesignerSession session) : ISessionService
{
    public Task<DesignerSession> GetSessionAsync(CancellationToken cancellationToken = default) => Task.FromResult(session);
}
