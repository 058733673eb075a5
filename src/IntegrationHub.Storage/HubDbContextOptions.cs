using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Storage;

/// <summary>Provider settings shared by the host, the design-time factories and the tests.</summary>
public static class HubDbContextOptions
{
    /// <summary>Configures PostgreSQL.</summary>
    public static DbContextOptionsBuilder UsePostgres(DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations"));
    }

    /// <summary>Configures SQLite.</summary>
    public static DbContextOptionsBuilder UseSqlite(DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable("__ef_migrations"));
    }
}
