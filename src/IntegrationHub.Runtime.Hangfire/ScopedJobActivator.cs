using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Runtime.Hangfire;

/// <summary>
/// Creates job instances from this host's own container. Hangfire's default activator is process-global,
/// so two hosts in one process (tests, side-by-side benchmarks) would otherwise run each other's jobs.
/// </summary>
public sealed class ScopedJobActivator(IServiceScopeFactory scopes) : JobActivator
{
    /// <inheritdoc />
    public override JobActivatorScope BeginScope(JobActivatorContext context) => new Scope(scopes.CreateScope());

    private sealed class Scope(IServiceScope scope) : JobActivatorScope
    {
        public override object Resolve(Type type) => ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, type);

        public override void DisposeScope() => scope.Dispose();
    }
}
