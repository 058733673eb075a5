using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace IntegrationHub.Storage.Flows;

/// <summary>
/// Serialises writers of one flow's versions so that "read latest, then insert next" cannot interleave
/// across requests or nodes: a transaction-scoped advisory lock on PostgreSQL; on SQLite the transaction
/// itself is IMMEDIATE, which takes the database write lock up front.
/// </summary>
internal static class FlowWriteLock
{
    public static async Task<IDbContextTransaction> AcquireAsync(HubDbContext db, string flowId, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({"flow:" + flowId}))", cancellationToken);
        }

        return transaction;
    }
}
