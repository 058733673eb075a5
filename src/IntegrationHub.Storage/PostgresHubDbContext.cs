using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Storage;

/// <summary>The store on PostgreSQL; carries the PostgreSQL migrations.</summary>
public sealed class PostgresHubDbContext(DbContextOptions<PostgresHubDbContext> options) : HubDbContext(options);
