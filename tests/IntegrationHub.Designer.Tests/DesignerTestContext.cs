using Bunit;
using IntegrationHub.Contracts.Designer;
using IntegrationHub.Designer.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace IntegrationHub.Designer.Tests;

/// <summary>bUnit context with MudBlazor and fakes of the designer-facing Contracts services.</summary>
public abstract class DesignerTestContext : BunitContext, IAsyncLifetime
{
    protected DesignerTestContext()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton<IFlowDesignerService>(Flows);
        Services.AddSingleton<IFlowAuthoringService>(Authoring);
        Services.AddSingleton<ISessionService>(new FakeSessionService(Session("analyst")));
    }

    internal FakeFlowDesignerService Flows { get; } = new();

    internal FakeFlowAuthoringService Authoring { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor registers services that only dispose asynchronously.
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    protected static DesignerSession Session(params string[] roles) => new("someone", roles, false);
}
