using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace IntegrationHub.Storage;

/// <summary>Used by <c>dotnet ef migrations add --context PostgresHubDbContext</c>; never at run time.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresHubDbContext>
{
    public PostgresHubDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PostgresHubDbContext>();
        HubDbContextOptions.UsePostgres(builder, "Host=127.0.0.1;Database=hub_design;Username=hub");
        return new PostgresHubDbContext(builder.Options);
    }
}

/// <summary>Used by <c>dotnet ef migrations add --context SqliteHubDbContext</c>; never at run time.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteHubDbContext>
{
    public SqliteHubDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqliteHubDbContext>();
        HubDbContextOptions.UseSqlite(builder, "Data Source=design.db");
        return new SqliteHubDbContext(builder.Options);
    }
}
