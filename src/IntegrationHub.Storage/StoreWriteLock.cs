using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace IntegrationHub.Storage;

/// <summary>
/// Serialises writers of one versioned document (a mapping's versions, a lookup table's revisions) so that "read
/// latest, then write next" cannot interleave across requests or nodes: a transaction-scoped advisory lock on
/// PostgreSQL; on SQLite the transaction itself is IMMEDIATE, which takes the database write lock up front.
/// </summary>
internal static class StoreWriteLock
{
    /// <summary>Begins a transaction holding the lock named <paramref name="key"/> (e.g. <c>mapping:order-in</c>).</summary>
    public static async Task<IDbContextTransaction> AcquireAsync(HubDbContext db, string key, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({key}))", cancellationToken);
        }

        return transaction;
    }
}
