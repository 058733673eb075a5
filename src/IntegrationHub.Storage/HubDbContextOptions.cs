using System.Data.Common;
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
    /// Tunes the hub's own PostgreSQL connections (Hangfire keeps its own): <c>No Reset On Close</c>, so a pooled
    /// connection is not sent <c>DISCARD ALL</c> when it is reused (the store keeps no session state: no <c>SET</c>,
    /// no session advisory locks, no temporary tables; its advisory locks are transaction-scoped), and
    /// <c>Max Auto Prepare</c> 64, so the statements the runtime repeats on every run are parsed and planned once per
    /// connection. A setting given in the configured string is kept as given.
    /// </summary>
    /// <param name="connectionString">The configured connection string.</param>
    public static string TunePostgresConnectionString(string connectionString)
    {
        // NpgsqlConnectionStringBuilder answers ContainsKey for every keyword it knows; only the plain parse says
        // what the configured string itself contains.
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var tuned = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            tuned.NoResetOnClose = true;
        }

        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            tuned.MaxAutoPrepare = 64;
        }

        return tuned.ConnectionString;
    }
}
