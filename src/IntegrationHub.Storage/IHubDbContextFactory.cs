namespace IntegrationHub.Storage;

/// <summary>Creates store contexts for work outside a request scope (start-up, background jobs).</summary>
public interface IHubDbContextFactory
{
    /// <summary>Creates a new context; the caller disposes it.</summary>
    HubDbContext CreateDbContext();
}

internal sealed class HubDbContextFactory<TContext>(Microsoft.EntityFrameworkCore.IDbContextFactory<TContext> inner) : IHubDbContextFactory
    where TContext : HubDbContext
{
    public HubDbContext CreateDbContext() => inner.CreateDbContext();
}
