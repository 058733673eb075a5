using Microsoft.EntityFrameworkCore;
using Npgsql;

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

    /// <summary>Configures SQLite (every connection opened in <c>synchronous=NORMAL</c>, see <see cref="SqliteSynchronousInterceptor"/>).</summary>
    public static DbContextOptionsBuilder UseSqlite(DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable("__ef_migrations"))
            .AddInterceptors(SqliteSynchronousInterceptor.Instance);
    }

    /// <summary>
    /// The hub's own PostgreSQL connections skip Npgsql's <c>DISCARD ALL</c> when a pooled connection is
    /// returned (<c>No Reset On Close</c>): the store keeps no session state (no <c>SET</c>, no session advisory
    /// locks, no temporary tables; its advisory locks are transaction-scoped), and the reset cost one extra
    /// round trip per store call. An explicit <c>No Reset On Close</c> in the configured string is kept.
    /// </summary>
    /// <param name="connectionString">The configured connection string.</param>
    public static string TunePostgresConnectionString(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!builder.ContainsKey("No Reset On Close"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }
}
