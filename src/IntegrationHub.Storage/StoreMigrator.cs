using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;

namespace IntegrationHub.Storage;

/// <summary>Applies pending migrations of the configured provider.</summary>
public sealed partial class StoreMigrator(IHubDbContextFactory factory, ILogger<StoreMigrator> logger)
{
    /// <summary>Migrates the database to the latest schema.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = factory.CreateDbContext();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            LogMigrating(logger, pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
        }

        await ConfigureAsync(db.Database, cancellationToken);
    }

    /// <summary>
    /// Settings the database file keeps: SQLite goes to write-ahead logging, so readers (run queries, the
    /// designer) never block the runtime's writers and a commit costs one append instead of a journal rewrite.
    /// PostgreSQL needs nothing.
    /// </summary>
    public static async Task ConfigureAsync(DatabaseFacade database, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (database.IsSqlite())
        {
            await database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Applying {Count} store migration(s): {Migrations}")]
    private static partial void LogMigrating(ILogger logger, int count, string migrations);
}
