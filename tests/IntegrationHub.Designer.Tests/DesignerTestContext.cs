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
        // bUnit waits 1 s by default; on a loaded CI machine a MudBlazor re-render can take longer than that.
        DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton<IFlowDesignerService>(Flows);
        Services.AddSingleton<IFlowAuthoringService>(Authoring);
        Services.AddSingleton<ISessionService>(new FakeSessionService(Session("analyst")));
        Services.AddSingleton<IRunsDesignerService>(Runs);
        Services.AddSingleton<IDashboardService>(Dashboard);
        Services.AddSingleton<IConnectionsDesignerService>(Connections);
        Services.AddSingleton<IMappingDesignerService>(Mappings);
        Services.AddSingleton<TimeProvider>(new FixedTimeProvider(Now));
    }

    /// <summary>Gets every role with whether it may edit drafts and whether it may publish (the hub's policies).</summary>
    public static TheoryData<string, bool, bool> EditAndPublishByRole => new()
    {
        { "viewer", false, false },
        { "operator", false, false },
        { "analyst", true, false },
        { "publisher", true, true },
        { "admin", true, true },
    };

    /// <summary>Gets the instant the designer's clock shows in these tests.</summary>
    internal static DateTimeOffset Now { get; } = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    internal FakeFlowDesignerService Flows { get; } = new();

    internal FakeFlowAuthoringService Authoring { get; } = new();

    internal FakeRunsDesignerService Runs { get; } = new();

    internal FakeDashboardService Dashboard { get; } = new();

    internal FakeConnectionsDesignerService Connections { get; } = new();

    internal FakeMappingDesignerService Mappings { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor registers services that only dispose asynchronously.
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    protected static DesignerSession Session(params string[] roles) => new("someone", roles, false);
}
